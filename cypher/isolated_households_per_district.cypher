// Isolated households per district (地区ごとの社会的孤立の世帯数) — counts only, never identities.
// Purpose: for the districts of a municipality, how many households show at least one kind of social isolation
//          (seed 003's six kinds), and how many of those have no supporter at all. DV and crime-victim
//          households are left out, as everywhere outside their own supporters.
// Parameters: $municipality — the municipality's local government code, e.g. "282189" (小野市).
// Example: {"municipality": "282189"}
// Columns: district, name, isolated, unsupported
MATCH (d:District)-[:PART_OF]->(:Municipality {code: $municipality})
OPTIONAL MATCH (h:Household)-[:LIVES_IN]->(d)
WHERE h.protection = 'NONE' AND NOT h.archived AND EXISTS { (h)-[:ISOLATED_FROM]->(:IsolationKind) }
WITH d, collect(h) AS isolated
RETURN d.code AS district, d.name AS name, size(isolated) AS isolated,
       size([h IN isolated WHERE NOT EXISTS { (h)<-[:SUPPORTS]-() }]) AS unsupported
ORDER BY isolated DESC, district
