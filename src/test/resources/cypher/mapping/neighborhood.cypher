OPTIONAL MATCH (c:Organization|Person|Network|Activity|Service|Area {id: $id})
WITH c, $kinds + CASE WHEN $providesForServices AND c:Service THEN ['PROVIDES'] ELSE [] END AS kinds
CALL (c, kinds) {
  WITH c, kinds WHERE NOT coalesce(c.archived, false)
  MATCH p = ANY SHORTEST (c)(()-[r:MEMBER_OF|COLLABORATES_WITH|OPERATES|WORKS_FOR|BELONGS_TO|ASSIGNED_TO|RUNS|PROVIDES|SERVES|LOCATED_IN|SUBCOMMITTEE_OF|COVERS|AVAILABLE_IN|HELD_IN|PART_OF]-(y) WHERE type(r) IN kinds AND (y:Organization|Person|Network|Activity|Service|Area AND NOT y:Household|Consent|Loan|Referral|Account|AuditEvent AND NOT coalesce(y.archived, false))){1,3}(n)
  WHERE n <> c
  WITH n, length(p) AS distance LIMIT 10000
  ORDER BY distance, n.id
  RETURN count(n) AS reached, collect({node: n, distance: distance})[..$limit - 1] AS nearest
}
WITH c, kinds, reached, nearest, [c] + [e IN nearest | e.node] AS kept
CALL (kinds, kept) {
  UNWIND kept AS a
  MATCH (a)-[r:MEMBER_OF|COLLABORATES_WITH|OPERATES|WORKS_FOR|BELONGS_TO|ASSIGNED_TO|RUNS|PROVIDES|SERVES|LOCATED_IN|SUBCOMMITTEE_OF|COVERS|AVAILABLE_IN|HELD_IN|PART_OF]->(b)
  WHERE type(r) IN kinds AND b IN kept
  WITH a, r, b ORDER BY a.id, b.id, type(r), coalesce(r.role, r.collaborationKind)
  RETURN collect({tie: r, from: a.id, to: b.id}) AS ties
}
RETURN c, reached, nearest, ties
