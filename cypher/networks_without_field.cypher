// Networks without a field (特定の分野の参加がないネットワーク): the networks covering an area that have no member
// organisation working in a given field (分野), e.g. no 保健・医療 member in a 重層的支援会議.
// Purpose: for the non-archived networks covering the area or a place below it (COVERS), those none of whose
//          non-archived member organisations works in the field (IN_FIELD), with how many organisations are
//          members and the fields they do cover.
// Parameters: $area — the code of a prefecture, municipality or district, e.g. "322016" (松江市);
//             $field — a field code, e.g. "health_medical" (保健・医療); the fields are listed by the `fields` query.
// Example: {"area": "322016", "field": "health_medical"}
// Columns: network, kind, members, fields
MATCH (:Field {code: $field})
MATCH (area:Area {code: $area})
MATCH (n:Network)-[:COVERS]->(:Area)-[:PART_OF*0..3]->(area)
WHERE NOT coalesce(n.archived, false)
WITH DISTINCT n
WHERE NOT EXISTS {
  MATCH (n)<-[:MEMBER_OF]-(o:Organization)-[:IN_FIELD]->(:Field {code: $field}) WHERE NOT coalesce(o.archived, false)
}
RETURN n.name AS network, n.networkKind AS kind,
       COUNT { MATCH (n)<-[:MEMBER_OF]-(o:Organization) WHERE NOT coalesce(o.archived, false) RETURN DISTINCT o } AS members,
       COLLECT { MATCH (n)<-[:MEMBER_OF]-(o:Organization)-[:IN_FIELD]->(f:Field) WHERE NOT coalesce(o.archived, false)
                 RETURN DISTINCT f.labelJa ORDER BY f.labelJa } AS fields
ORDER BY members DESC, network
