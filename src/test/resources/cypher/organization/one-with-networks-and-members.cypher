MATCH (n:Organization {id: $id})
RETURN {node: n,
  location: COLLECT {
    MATCH (n)-[:LOCATED_IN]->(n_location:Area)
    WITH n_location
    RETURN {node: n_location}
  },
  memberships: COLLECT {
    MATCH (n)-[n_memberships_tie:MEMBER_OF]->(n_memberships:Network)
    WHERE NOT n_memberships.archived
    WITH n_memberships, n_memberships_tie ORDER BY n_memberships.name, n_memberships.id
    RETURN {node: n_memberships, tie: n_memberships_tie, members: COLLECT {
    MATCH (n_memberships)<-[n_memberships_members_tie:MEMBER_OF]-(n_memberships_members:Organization|Person)
    WHERE NOT coalesce(n_memberships_members.archived, false)
    WITH n_memberships_members, n_memberships_members_tie ORDER BY n_memberships_members.name, n_memberships_members.id
    RETURN {node: n_memberships_members, tie: n_memberships_members_tie}
  }}
  },
  servedAreas: COLLECT {
    MATCH (n)-[:SERVES]->(n_servedAreas:Area)
    WITH n_servedAreas ORDER BY n_servedAreas.code
    RETURN {node: n_servedAreas}
  },
  services: COLLECT {
    MATCH (n)-[:PROVIDES]->(n_services:Service)
    WHERE NOT coalesce(n_services.archived, false)
    WITH n_services ORDER BY n_services.name, n_services.id
    RETURN {node: n_services}
  }} AS n
