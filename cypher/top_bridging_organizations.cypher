// Top bridging organisations (橋渡し役の組織) of an area, from the scores written back by writeCollaborationMetrics.
// Purpose: the organisations with the highest betweenness (媒介中心性) in the area's collaboration network, with
//          their PageRank, degree and community, as last written by the GraphQL mutation
//          writeCollaborationMetrics(input: {area}) — run it first; collaborationMetricsAt says when it was.
//          Ties in betweenness go to the higher PageRank, then the name.
// Parameters: $area — the code the scores were written for, e.g. "282189" (小野市).
// Example: {"area": "282189"}
// Columns: name, kind, betweenness, pageRank, degree, community, writtenAt
MATCH (o:Organization)
WHERE o.collaborationMetricsArea = $area AND NOT coalesce(o.archived, false)
RETURN o.name AS name, o.kind AS kind, round(o.collaborationBetweenness, 4) AS betweenness,
       round(o.collaborationPageRank, 4) AS pageRank, o.collaborationDegree AS degree,
       o.collaborationCommunity AS community, o.collaborationMetricsAt AS writtenAt
ORDER BY o.collaborationBetweenness DESC, o.collaborationPageRank DESC, name
LIMIT 20
