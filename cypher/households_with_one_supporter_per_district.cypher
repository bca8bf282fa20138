// Households with open needs and exactly one supporter (支え手が一人だけの世帯) per district of a municipality —
// counts only, never identities. 「自立とは依存先を増やすこと」: a household that depends on one organisation or
// person alone loses everything when that tie breaks.
// Purpose: for the municipality itself (households recorded without a district), each of its wards (行政区) and
//          districts (those under a designated city's wards too), how many households have at least one need open
//          or in progress, and how many of those have exactly one distinct supporter (a non-archived organisation or
//          person that SUPPORTS them; archived supporters do not count, as in lostConnections). The analysts'
//          graph holds no DV or crime-victim household and no archived one.
// Privacy: small counts can single out a household — a 1 in a small district may be a family the reader knows.
//          Keep the exact counts within the support team; pass on only the ...Shown columns, which follow the
//          small-cell policy (docs/analysts.md: counts of 1 and 2 read <3, and the next smallest of the column x).
// Parameters: $municipality — the municipality's local government code, e.g. "282189" (小野市).
// Example: {"municipality": "282189"}
// Columns: district, name, withOpenNeeds, oneSupporter, withOpenNeedsShown, oneSupporterShown
MATCH (m:Municipality {code: $municipality})
MATCH (d:Area)-[:PART_OF*0..2]->(m)
OPTIONAL MATCH (h:Household)-[:LIVES_IN]->(d)
WHERE EXISTS { (h)-[i:HAS_ISSUE]->(:Need) WHERE i.status IN ['OPEN', 'IN_PROGRESS'] }
WITH d, collect(h) AS households
WITH {district: d.code, name: d.name, withOpenNeeds: size(households),
       oneSupporter: size([h IN households WHERE COUNT {
               MATCH (h)<-[:SUPPORTS]-(s:Organization|Person) WHERE NOT coalesce(s.archived, false)
               RETURN DISTINCT s } = 1])} AS row
// Small cells (docs/analysts.md, k = 3): each count column has a ...Shown column to pass on: a count of 1 or 2 reads
// "<3"; when exactly one count of the column is that small, the next smallest count of at least 3 reads "x" (the
// municipality's total less the others would give the small one away). Zero is shown.
WITH collect(row) AS rows
WITH rows, [c IN ['withOpenNeeds', 'oneSupporter'] | {column: c, small: [r IN rows WHERE 0 < r[c] < 3 | r.district]}] AS small
WITH rows, [p IN small | p {.*, next: CASE WHEN size(p.small) = 1 THEN reduce(best = null, r IN rows |
       CASE WHEN r[p.column] >= 3 AND (best IS NULL OR r[p.column] < best[p.column]
                 OR (r[p.column] = best[p.column] AND r.district < best.district)) THEN r ELSE best END).district END}] AS policy
UNWIND rows AS r
RETURN r.district AS district, r.name AS name, r.withOpenNeeds AS withOpenNeeds, r.oneSupporter AS oneSupporter,
       [p IN policy WHERE p.column = 'withOpenNeeds' | CASE WHEN r.district IN p.small THEN '<3' WHEN r.district = p.next THEN 'x' ELSE toString(r.withOpenNeeds) END][0] AS withOpenNeedsShown,
       [p IN policy WHERE p.column = 'oneSupporter' | CASE WHEN r.district IN p.small THEN '<3' WHEN r.district = p.next THEN 'x' ELSE toString(r.oneSupporter) END][0] AS oneSupporterShown
ORDER BY oneSupporter DESC, district
