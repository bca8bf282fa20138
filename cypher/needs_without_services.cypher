// Needs without services (制度の狭間): open needs of a municipality's households that no service available there
// addresses.
// Purpose: for each need that households of the municipality have open or in progress, how many households have it
//          and how many services available in the municipality (or one of its districts, or the whole prefecture)
//          address it or a broader need (a 家計 desk covers 生活苦, as in discover and serviceGaps); a row with
//          services = 0 is a gap. A service counts only when usable: not
//          archived and provided (PROVIDES) by at least one organisation that is not archived — the rule serviceGaps
//          and discover follow. Counts only; the analysts' graph holds no DV or crime-victim household and no archived one.
// Privacy: small counts can single out a household — a 1 in a small town may be a family the reader knows.
//          Keep these answers within the support team; before they go further, withhold counts below your
//          municipality's threshold (and the totals that would give them away).
// Parameters: $municipality — the municipality's local government code, e.g. "284645" (太子町).
// Example: {"municipality": "284645"}
// Columns: need, labelJa, households, services
MATCH (m:Municipality {code: $municipality})
MATCH (h:Household)-[:LIVES_IN]->(:Area)-[:PART_OF*0..2]->(m)
MATCH (h)-[i:HAS_ISSUE]->(n:Need) WHERE i.status IN ['OPEN', 'IN_PROGRESS']
WITH m, n, count(DISTINCT h) AS households
RETURN n.code AS need, n.labelJa AS labelJa, households,
       COUNT { MATCH (n)-[:BROADER*0..3]->(:Need)<-[:ADDRESSES]-(s:Service)
               WHERE NOT coalesce(s.archived, false)
                 AND EXISTS { (provider:Organization)-[:PROVIDES]->(s) WHERE NOT coalesce(provider.archived, false) }
                 AND EXISTS { (s)-[:AVAILABLE_IN]->(a:Area) WHERE (m)-[:PART_OF*0..1]->(a) OR (a)-[:PART_OF*0..2]->(m) }
               RETURN DISTINCT s } AS services
ORDER BY services, households DESC, need
