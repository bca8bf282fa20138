// Households with open needs and exactly one supporter (支え手が一人だけの世帯) per district of a municipality —
// counts only, never identities. 「自立とは依存先を増やすこと」: a household that depends on one organisation or
// person alone loses everything when that tie breaks.
// Purpose: for the municipality itself (households recorded without a district) and each of its districts, how
//          many households have at least one need open or in progress, and how many of those have exactly one
//          distinct supporter (organisation or person, SUPPORTS). DV and crime-victim households are left out;
//          archived households too.
// Parameters: $municipality — the municipality's local government code, e.g. "282189" (小野市).
// Example: {"municipality": "282189"}
// Columns: district, name, withOpenNeeds, oneSupporter
MATCH (m:Municipality {code: $municipality})
MATCH (d:Area)-[:PART_OF*0..1]->(m)
OPTIONAL MATCH (h:Household)-[:LIVES_IN]->(d)
WHERE h.protection = 'NONE' AND NOT h.archived
  AND EXISTS { (h)-[i:HAS_ISSUE]->(:Need) WHERE i.status IN ['OPEN', 'IN_PROGRESS'] }
WITH d, collect(h) AS households
RETURN d.code AS district, d.name AS name, size(households) AS withOpenNeeds,
       size([h IN households WHERE COUNT { MATCH (h)<-[:SUPPORTS]-(s:Organization|Person) RETURN DISTINCT s } = 1])
         AS oneSupporter
ORDER BY oneSupporter DESC, district
