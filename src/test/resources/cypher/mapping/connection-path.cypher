OPTIONAL MATCH (a:Organization|Person|Network|Activity|Service {id: $from})
OPTIONAL MATCH (b:Organization|Person|Network|Activity|Service {id: $to})
WITH a, b, $kinds + CASE WHEN $providesForServices AND (a:Service OR b:Service) THEN ['PROVIDES'] ELSE [] END AS kinds
CALL (a, b, kinds) {
  WITH a, b, kinds WHERE NOT coalesce(a.archived, false) AND NOT coalesce(b.archived, false)
  MATCH p = ALL SHORTEST (a)(()-[r:MEMBER_OF|COLLABORATES_WITH|OPERATES|WORKS_FOR|BELONGS_TO|ASSIGNED_TO|RUNS|PROVIDES|SERVES|LOCATED_IN|SUBCOMMITTEE_OF|COVERS|AVAILABLE_IN|HELD_IN|PART_OF]-(y) WHERE type(r) IN kinds AND (y:Organization|Person|Network|Activity|Service|Area AND NOT y:Household|Consent|Loan|Referral|Account|AuditEvent AND NOT coalesce(y.archived, false))){0,8}(b)
  WITH p LIMIT 100
  ORDER BY [n IN nodes(p) | n.name], [n IN nodes(p) | n.id]
  RETURN collect(p)[..$first] AS paths
}
RETURN a.id AS fromId, a.archived AS fromArchived, b.id AS toId, b.archived AS toArchived, paths
