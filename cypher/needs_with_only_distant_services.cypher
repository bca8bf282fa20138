// Needs whose only services are far away (遠くにしかない社会資源): open needs of a municipality's households that no
// service available in the municipality (or one of its districts, or its prefecture) addresses, with the nearest
// service available elsewhere in its prefecture.
// Purpose: for each need that households of the municipality have open or in progress and that no local service
//          addresses (the need or a broader one: a 就労 desk covers 失業, as in discover and serviceGaps), the nearest
//          service elsewhere in the same prefecture that does and how far its area is
//          (point.distance between the areas' office coordinates; a district without coordinates counts at its
//          municipality's). Only needs whose nearest service is at least $km away are listed; a need no service
//          addresses anywhere is in needs_without_services.cypher. Services of other prefectures are never named:
//          a household is not served across a prefecture's border, so a need served only there is not listed. A service counts only when usable: not archived
//          and provided (PROVIDES) by at least one organisation that is not archived — the rule serviceGaps and
//          discover follow. Counts only; the analysts' graph holds no DV or crime-victim household and no archived one.
// Privacy: small counts can single out a household — a 1 in a small town may be a family the reader knows.
//          Keep these answers within the support team; before they go further, withhold counts below your
//          municipality's threshold (and the totals that would give them away).
// Parameters: $municipality — the municipality's local government code, e.g. "282189" (小野市);
//             $km — the distance from which a service counts as far, in kilometres, e.g. 20.
// Example: {"municipality": "282189", "km": 20}
// Columns: need, labelJa, households, nearestService, nearestArea, km
MATCH (m:Municipality {code: $municipality})-[:PART_OF*1..2]->(prefecture:Prefecture)
MATCH (h:Household)-[:LIVES_IN]->(:Area)-[:PART_OF*0..2]->(m)
MATCH (h)-[i:HAS_ISSUE]->(n:Need) WHERE i.status IN ['OPEN', 'IN_PROGRESS']
WITH m, prefecture, n, count(DISTINCT h) AS households
WHERE NOT EXISTS {
  MATCH (n)-[:BROADER*0..3]->(:Need)<-[:ADDRESSES]-(s:Service)
  WHERE NOT coalesce(s.archived, false)
    AND EXISTS { (provider:Organization)-[:PROVIDES]->(s) WHERE NOT coalesce(provider.archived, false) }
    AND EXISTS { (s)-[:AVAILABLE_IN]->(a:Area) WHERE (m)-[:PART_OF*0..1]->(a) OR (a)-[:PART_OF*0..2]->(m) }
}
CALL (m, prefecture, n) {
  MATCH (n)-[:BROADER*0..3]->(:Need)<-[:ADDRESSES]-(s:Service)
  WHERE NOT coalesce(s.archived, false)
    AND EXISTS { (provider:Organization)-[:PROVIDES]->(s) WHERE NOT coalesce(provider.archived, false) }
  MATCH (s)-[:AVAILABLE_IN]->(a:Area)-[:PART_OF*0..3]->(prefecture)
  WITH s, a, CASE WHEN a.latitude IS NOT NULL THEN a ELSE [(a)-[:PART_OF]->(p:Area) | p][0] END AS located
  WHERE located.latitude IS NOT NULL
  RETURN s.name AS nearestService, a.name AS nearestArea,
         point.distance(point({latitude: m.latitude, longitude: m.longitude}),
                        point({latitude: located.latitude, longitude: located.longitude})) / 1000.0 AS distance
  ORDER BY distance, nearestService LIMIT 1
}
WITH n, households, nearestService, nearestArea, distance WHERE distance >= $km
RETURN n.code AS need, n.labelJa AS labelJa, households, nearestService, nearestArea, round(distance, 1) AS km
ORDER BY km DESC, need
