// Isolated households per district (地区ごとの社会的孤立の世帯数) — counts only, never identities.
// Purpose: for the municipality itself (households recorded without a district), each of its wards (行政区) and
//          districts (those under a designated city's wards too), how many households show at least one kind of
//          social isolation (seed 003's six kinds), and how many of those have no supporter at all (no non-archived
//          organisation or person SUPPORTS them). The analysts' graph holds no DV or crime-victim
//          household and no archived one.
// Privacy: small counts can single out a household — a 1 in a small district may be a family the reader knows.
//          Keep these answers within the support team; before they go further, merge small districts or apply the small-cell policy
//          (docs/analysts.md: counts of 1 and 2 shown as <3, and the next smallest count of their table withheld too).
// Parameters: $municipality — the municipality's local government code, e.g. "282189" (小野市).
// Example: {"municipality": "282189"}
// Columns: district, name, isolated, unsupported
MATCH (m:Municipality {code: $municipality})
MATCH (d:Area)-[:PART_OF*0..2]->(m)
OPTIONAL MATCH (h:Household)-[:LIVES_IN]->(d)
WHERE EXISTS { (h)-[:ISOLATED_FROM]->(:IsolationKind) }
WITH d, collect(h) AS isolated
RETURN d.code AS district, d.name AS name, size(isolated) AS isolated,
       size([h IN isolated WHERE NOT EXISTS {
               (h)<-[:SUPPORTS]-(s:Organization|Person) WHERE NOT coalesce(s.archived, false) }]) AS unsupported
ORDER BY isolated DESC, district
