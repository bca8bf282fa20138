// Collaboration density (連携の密度) of the organisations located in each municipality of a prefecture.
// Purpose: N organisations located in the municipality, E collaboration ties among them (either direction, counted
//          once), and the density 2E / (N (N - 1)): 1 when everyone works with everyone, 0 when nobody does.
// Parameters: $prefecture — the prefecture's local government code, e.g. "280003" (兵庫県).
// Example: {"prefecture": "280003"}
// Columns: code, name, organizations, collaborations, density
MATCH (m:Municipality)-[:PART_OF]->(:Prefecture {code: $prefecture})
CALL (m) {
  MATCH (o:Organization)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..2]->(m) WHERE NOT coalesce(o.archived, false)
  RETURN collect(DISTINCT o) AS organizations
}
WITH m, organizations, size(organizations) AS n
CALL (organizations) {
  UNWIND organizations AS a
  MATCH (a)-[:COLLABORATES_WITH]-(b) WHERE b IN organizations AND a.id < b.id
  RETURN count(*) AS e
}
RETURN m.code AS code, m.name AS name, n AS organizations, e AS collaborations,
       CASE WHEN n < 2 THEN 0.0 ELSE round(2.0 * e / (n * (n - 1)), 4) END AS density
ORDER BY density DESC, code
