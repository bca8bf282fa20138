MATCH (a:Area {code: $area})
OPTIONAL CALL (a) {
  WITH a WHERE NOT a:Prefecture AND NOT a:Region
  WITH a, coalesce(CASE WHEN a.latitude IS NOT NULL THEN point({latitude: a.latitude, longitude: a.longitude}) END,
         [(a)-[:PART_OF]->(up:Area) WHERE up.latitude IS NOT NULL
          | point({latitude: up.latitude, longitude: up.longitude})][0]) AS here, [(a)-[:PART_OF*0..2]->(:Municipality)-[:IN_REGION]->(region:Region) | region] AS regions,
       [(a)-[:PART_OF*0..3]->(x:Area) WHERE NOT x:Prefecture | x] + [(x:Area)-[:PART_OF*1..3]->(a) | x] AS local
  MATCH (n:Need)
  WHERE NOT EXISTS {
    MATCH (n)-[:BROADER*0..3]->(:Need)<-[:ADDRESSES]-(s:Service)-[:AVAILABLE_IN]->(x:Area)
    WHERE x IN local AND (NOT coalesce(s.archived, false) AND coalesce(s.status, 'ACTIVE') = 'ACTIVE'
 AND EXISTS { (provider:Organization)-[:PROVIDES]->(s) WHERE NOT coalesce(provider.archived, false) })
  }
  WITH n, a, local, here, regions, COLLECT {
    MATCH (m:Need)-[:BROADER*1..3]->(n)
    WHERE EXISTS { (m)<-[:ADDRESSES]-(s:Service)-[:AVAILABLE_IN]->(z:Area) WHERE z IN local AND (NOT coalesce(s.archived, false) AND coalesce(s.status, 'ACTIVE') = 'ACTIVE'
 AND EXISTS { (provider:Organization)-[:PROVIDES]->(s) WHERE NOT coalesce(provider.archived, false) }) }
    RETURN DISTINCT m ORDER BY m.code
  } AS coveredNarrower
  OPTIONAL CALL (n, a, local, here, regions) {
    MATCH (n)-[:BROADER*0..3]->(:Need)<-[:ADDRESSES]-(s:Service)-[:AVAILABLE_IN]->(y:Area)
    WHERE NOT y IN local AND (EXISTS { (a)-[:PART_OF*1..3]->(y) } OR y IN regions) AND (NOT coalesce(s.archived, false) AND coalesce(s.status, 'ACTIVE') = 'ACTIVE'
 AND EXISTS { (provider:Organization)-[:PROVIDES]->(s) WHERE NOT coalesce(provider.archived, false) })
    WITH s, y, coalesce([(s)<-[:PROVIDES]-(:Organization)-[:LOCATED_IN]->(at:Area) | coalesce(CASE WHEN at.latitude IS NOT NULL THEN point({latitude: at.latitude, longitude: at.longitude}) END,
         [(at)-[:PART_OF]->(up:Area) WHERE up.latitude IS NOT NULL
          | point({latitude: up.latitude, longitude: up.longitude})][0])][0], coalesce(CASE WHEN y.latitude IS NOT NULL THEN point({latitude: y.latitude, longitude: y.longitude}) END,
         [(y)-[:PART_OF]->(up:Area) WHERE up.latitude IS NOT NULL
          | point({latitude: up.latitude, longitude: up.longitude})][0])) AS there
    RETURN s, y, point.distance(here, there) / 1000.0 AS km
    ORDER BY km, s.name, s.id
    LIMIT 1
  }
  RETURN collect({need: n, service: s, availableIn: y, km: km, coveredNarrower: coveredNarrower}) AS gaps
}
RETURN a, gaps
