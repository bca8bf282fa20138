OPTIONAL MATCH (area:Area {code: $area})
CALL (area) {
  MATCH (sub:Area)-[:PART_OF*0..3]->(area)
  CALL (sub) {
    MATCH (n:Organization)-[:LOCATED_IN|SERVES]->(sub) WHERE 'ORGANIZATION' IN $nodeKinds RETURN n
    UNION
    MATCH (n:StaffMember)-[:WORKS_FOR]->(o:Organization)-[:LOCATED_IN|SERVES]->(sub)
    WHERE 'PERSON' IN $nodeKinds AND NOT coalesce(o.archived, false) RETURN n
    UNION
    MATCH (n:CommissionedVolunteer)-[:ASSIGNED_TO]->(sub) WHERE 'PERSON' IN $nodeKinds RETURN n
    UNION
    MATCH (n:Network)-[:COVERS]->(sub) WHERE 'NETWORK' IN $nodeKinds RETURN n
    UNION
    MATCH (n:Activity)-[:HELD_IN]->(sub) WHERE 'ACTIVITY' IN $nodeKinds RETURN n
    UNION
    MATCH (n:Service)-[:AVAILABLE_IN]->(sub) WHERE 'SERVICE' IN $nodeKinds RETURN n
    UNION
    WITH sub AS n WHERE 'AREA' IN $nodeKinds RETURN n
  }
  WITH DISTINCT n WHERE (n:Organization|Person|Network|Activity|Service|Area AND NOT n:Household|Consent|Loan|Referral|Account|AuditEvent AND NOT coalesce(n.archived, false))
  WITH n LIMIT $gatherAtMost
  RETURN collect(n) AS gathered
}
WITH area, size(gathered) AS gatheredCount,
     CASE WHEN size(gathered) < $gatherAtMost THEN gathered ELSE [] END AS members
CALL (members) {
  CALL (members) {
    UNWIND members AS member
    RETURN member AS n, null AS r, null AS near
    UNION ALL
    UNWIND members AS near
    MATCH (near)-[r:MEMBER_OF|COLLABORATES_WITH|OPERATES|WORKS_FOR|BELONGS_TO|ASSIGNED_TO|RUNS|PROVIDES|SERVES|LOCATED_IN|SUBCOMMITTEE_OF|COVERS|AVAILABLE_IN|HELD_IN|PART_OF]-(n)
    WHERE type(r) IN $kinds AND n <> near
    RETURN n, r, near
  }
  WITH n, collect(r) AS ties, collect(near) AS nears, count(*) > count(r) AS onTheMap
  WHERE onTheMap
  CALL (n, ties, nears) {
    UNWIND range(0, size(ties) - 1) AS i
    WITH ties[i] AS r, nears[i] AS near WHERE n.id < near.id
    RETURN count(DISTINCT [type(r), near.id]) AS edgesUp
  }
  WITH n, size(ties) AS degree, ties, nears, edgesUp ORDER BY degree DESC, n.id
  RETURN collect({node: n, degree: degree, ties: ties, nears: nears}) AS ranked, sum(edgesUp) AS tieCount
}
WITH area, gatheredCount, ranked, tieCount,
     [e IN ranked WHERE $afterId IS NULL OR e.degree < $afterDegree
                        OR (e.degree = $afterDegree AND e.node.id > $afterId)] AS rest
WITH area, gatheredCount, ranked, size(ranked) AS total, tieCount, rest[..$first] AS page,
     size(rest) > $first AS hasNext
CALL (ranked, page) {
  CALL (ranked, page) {
    UNWIND ranked AS e
    RETURN e.node AS q, e.degree AS qDegree, null AS p, null AS pDegree, null AS r
    UNION ALL
    UNWIND page AS e
    UNWIND range(0, e.degree - 1) AS i
    RETURN e.nears[i] AS q, null AS qDegree, e.node AS p, e.degree AS pDegree, e.ties[i] AS r
  }
  WITH q, max(qDegree) AS qDegree, collect(CASE WHEN r IS NOT NULL THEN {p: p, pDegree: pDegree, r: r} END) AS toPage
  UNWIND toPage AS t
  WITH q, t.p AS p, t.r AS r
  WHERE qDegree > t.pDegree OR (qDegree = t.pDegree AND q.id < p.id)
  WITH type(r) AS kind, CASE WHEN p.id < q.id THEN [p.id, q.id] ELSE [q.id, p.id] END AS pair,
       collect(startNode(r).id) AS starts, collect(coalesce(r.role, r.collaborationKind)) AS roles
  WITH kind, pair, starts, roles,
       CASE WHEN all(s IN starts WHERE s = starts[0]) THEN starts[0] ELSE pair[0] END AS from
  ORDER BY kind, from, pair
  RETURN collect({kind: kind, from: from, to: CASE WHEN from = pair[0] THEN pair[1] ELSE pair[0] END,
                  roles: roles, weight: size(starts)}) AS ties
}
RETURN area, gatheredCount, total, tieCount, [e IN page | {node: e.node, degree: e.degree}] AS page, hasNext,
       ties
