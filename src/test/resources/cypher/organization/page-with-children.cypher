CALL () { MATCH (o:Organization)
WITH o WHERE NOT o.archived RETURN count(*) AS total }
CALL () {
  MATCH (o:Organization)
WITH o WHERE NOT o.archived
  WITH o WHERE $afterKey IS NULL OR o.name > $afterKey OR (o.name = $afterKey AND o.id > $afterId)
  WITH o ORDER BY o.name, o.id LIMIT $limit
  RETURN collect({node: o,
  location: COLLECT {
    MATCH (o)-[:LOCATED_IN]->(o_location:Area)
    WITH o_location
    RETURN {node: o_location}
  },
  memberships: COLLECT {
    MATCH (o)-[o_memberships_tie:MEMBER_OF]->(o_memberships:Network)
    WHERE NOT o_memberships.archived
    WITH o_memberships, o_memberships_tie ORDER BY o_memberships.name, o_memberships.id
    RETURN {node: o_memberships, tie: o_memberships_tie}
  },
  servedAreas: COLLECT {
    MATCH (o)-[:SERVES]->(o_servedAreas:Area)
    WITH o_servedAreas ORDER BY o_servedAreas.code
    RETURN {node: o_servedAreas}
  },
  services: COLLECT {
    MATCH (o)-[:PROVIDES]->(o_services:Service)
    WHERE NOT coalesce(o_services.archived, false)
    WITH o_services ORDER BY o_services.name, o_services.id
    RETURN {node: o_services}
  }}) AS page
}
RETURN total, page
