// Households with open needs and exactly one supporter (支え手が一人だけの世帯) per district of a municipality —
// counts only, never identities. 「自立とは依存先を増やすこと」: a household that depends on one organisation or
// person alone loses everything when that tie breaks.
// Purpose: for the municipality itself (households recorded without a district), each of its wards (行政区) and
//          districts (those under a designated city's wards too), how many households have at least one need open
//          or in progress, and how many of those have exactly one distinct supporter (a non-archived organisation or
//          person that SUPPORTS them; archived supporters do not count, as in lostConnections). The analysts'
//          graph holds no DV or crime-victim household and no archived one.
// Privacy: small counts can single out a household — a 1 in a small district may be a family the reader knows.
//          Keep these answers within the support team; before they go further, merge small districts or apply the small-cell policy
//          (docs/analysts.md: counts of 1 and 2 shown as <3, and the next smallest count of their table withheld too).
// Parameters: $municipality — the municipality's local government code, e.g. "282189" (小野市).
// Example: {"municipality": "282189"}
// Columns: district, name, withOpenNeeds, oneSupporter
MATCH (m:Municipality {code: $municipality})
MATCH (d:Area)-[:PART_OF*0..2]->(m)
OPTIONAL MATCH (h:Household)-[:LIVES_IN]->(d)
WHERE EXISTS { (h)-[i:HAS_ISSUE]->(:Need) WHERE i.status IN ['OPEN', 'IN_PROGRESS'] }
WITH d, collect(h) AS households
RETURN d.code AS district, d.name AS name, size(households) AS withOpenNeeds,
       size([h IN households WHERE COUNT {
               MATCH (h)<-[:SUPPORTS]-(s:Organization|Person) WHERE NOT coalesce(s.archived, false)
               RETURN DISTINCT s } = 1]) AS oneSupporter
ORDER BY oneSupporter DESC, district
