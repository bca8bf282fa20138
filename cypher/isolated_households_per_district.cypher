// Isolated households per district (地区ごとの社会的孤立の世帯数) — counts only, never identities.
// Purpose: for the municipality itself (households recorded without a district), each of its wards (行政区) and
//          districts (those under a designated city's wards too), how many households show at least one kind of
//          social isolation (seed 003's six kinds), and how many of those have no supporter at all (no non-archived
//          organisation or person SUPPORTS them). The analysts' graph holds no DV or crime-victim
//          household and no archived one.
// Privacy: small counts can single out a household — a 1 in a small district may be a family the reader knows.
//          Keep the exact counts within the support team; pass on only the ...Shown columns, which follow the
//          small-cell policy (docs/analysts.md: counts of 1 and 2 read <3, and the next smallest of the column x).
// Parameters: $municipality — the municipality's local government code, e.g. "282189" (小野市).
// Example: {"municipality": "282189"}
// Columns: district, name, isolated, unsupported, isolatedShown, unsupportedShown
MATCH (m:Municipality {code: $municipality})
MATCH (d:Area)-[:PART_OF*0..2]->(m)
OPTIONAL MATCH (h:Household)-[:LIVES_IN]->(d)
WHERE EXISTS { (h)-[:ISOLATED_FROM]->(:IsolationKind) }
WITH d, collect(h) AS isolated
WITH {district: d.code, name: d.name, isolated: size(isolated),
       unsupported: size([h IN isolated WHERE NOT EXISTS {
               (h)<-[:SUPPORTS]-(s:Organization|Person) WHERE NOT coalesce(s.archived, false) }])} AS row
// Small cells (docs/analysts.md, k = 3): each count column has a ...Shown column to pass on: a count of 1 or 2 reads
// "<3"; when exactly one count of the column is that small, the next smallest count of at least 3 reads "x" (the
// municipality's total less the others would give the small one away). Zero is shown.
WITH collect(row) AS rows
WITH rows, [c IN ['isolated', 'unsupported'] | {column: c, small: [r IN rows WHERE 0 < r[c] < 3 | r.district]}] AS small
WITH rows, [p IN small | p {.*, next: CASE WHEN size(p.small) = 1 THEN reduce(best = null, r IN rows |
       CASE WHEN r[p.column] >= 3 AND (best IS NULL OR r[p.column] < best[p.column]
                 OR (r[p.column] = best[p.column] AND r.district < best.district)) THEN r ELSE best END).district END}] AS policy
UNWIND rows AS r
RETURN r.district AS district, r.name AS name, r.isolated AS isolated, r.unsupported AS unsupported,
       [p IN policy WHERE p.column = 'isolated' | CASE WHEN r.district IN p.small THEN '<3' WHEN r.district = p.next THEN 'x' ELSE toString(r.isolated) END][0] AS isolatedShown,
       [p IN policy WHERE p.column = 'unsupported' | CASE WHEN r.district IN p.small THEN '<3' WHEN r.district = p.next THEN 'x' ELSE toString(r.unsupported) END][0] AS unsupportedShown
ORDER BY isolated DESC, district
