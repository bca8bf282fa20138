// 重層的支援体制整備事業 coverage matrix (重層事業の機能ごとの受託状況) of a municipality.
// Purpose: for every function of the programme (1 相談支援 with its sub-areas 1.1–1.4, 2 参加支援, 3 地域づくり with
//          3.1–3.4, 4 アウトリーチ, 5 多機関協働, 6 支援プラン), the organisations commissioned for it in the
//          municipality — for a function with sub-areas, those commissioned for the function itself or any of its
//          sub-areas — or a gap (空白) when nobody is. Archived commissions and organisations are left out.
// Parameters: $municipality — the municipality's local government code, e.g. "272311" (大阪狭山市).
// Example: {"municipality": "272311"}
// Columns: function, labelJa, parent, organizations, gap
MATCH (m:Municipality {code: $municipality})
MATCH (f:SupportFunction)
WITH m, f, COLLECT {
  MATCH (c:Commission)-[:IN_MUNICIPALITY]->(m), (c)-[:FOR_FUNCTION]->(:SupportFunction)-[:PART_OF*0..1]->(f),
        (c)-[:COMMISSIONED_ORG]->(o:Organization)
  WHERE NOT coalesce(c.archived, false) AND NOT coalesce(o.archived, false)
  RETURN DISTINCT o.name ORDER BY o.name
} AS organizations
RETURN f.code AS function, f.labelJa AS labelJa, [(f)-[:PART_OF]->(p:SupportFunction) | p.code][0] AS parent,
       organizations, size(organizations) = 0 AS gap
ORDER BY function
