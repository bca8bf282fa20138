// Coverage per municipality (市区町村ごとの社会資源の厚み).
// Purpose: how much of the network each municipality of a prefecture has: organisations located there, services
//          available there (in the municipality or one of its districts) that are usable — not archived and provided
//          by at least one organisation that is not archived, the rule serviceGaps and discover follow — networks
//          covering it, and how many of the six 重層的支援体制整備事業 functions are commissioned. Archived entries are
//          left out.
// Parameters: $prefecture — the prefecture's local government code, e.g. "280003" (兵庫県).
// Example: {"prefecture": "280003"}
// Columns: code, name, organizations, services, networks, functions
MATCH (m:Municipality)-[:PART_OF]->(:Prefecture {code: $prefecture})
RETURN m.code AS code, m.name AS name,
       COUNT { (o:Organization)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..2]->(m) WHERE NOT coalesce(o.archived, false) } AS organizations,
       COUNT { MATCH (s:Service)-[:AVAILABLE_IN]->(:Area)-[:PART_OF*0..2]->(m)
               WHERE NOT coalesce(s.archived, false)
                 AND EXISTS { (provider:Organization)-[:PROVIDES]->(s) WHERE NOT coalesce(provider.archived, false) }
               RETURN DISTINCT s } AS services,
       COUNT { MATCH (n:Network)-[:COVERS]->(:Area)-[:PART_OF*0..2]->(m) WHERE NOT coalesce(n.archived, false)
               RETURN DISTINCT n } AS networks,
       COUNT { MATCH (c:Commission)-[:IN_MUNICIPALITY]->(m), (c)-[:FOR_FUNCTION]->(:SupportFunction)-[:PART_OF*0..1]->(f)
               WHERE NOT (f)-[:PART_OF]->() RETURN DISTINCT f } AS functions
ORDER BY organizations DESC, code
