// 重層的支援体制整備事業 coverage matrix (重層事業の機能ごとの受託状況) of a municipality.
// Purpose: for every function of the programme (1 相談支援 with its sub-areas 1.1–1.4, 2 参加支援, 3 地域づくり with
//          3.1–3.4, 4 アウトリーチ, 5 多機関協働, 6 支援プラン), its status as the supportFunctionCoverage query
//          reports it — a sub-area is COVERED when commissioned itself or when its whole function is; a function with
//          sub-areas is COVERED when commissioned as a whole or when all its sub-areas are, PARTIAL when only some
//          are; anything else commissioned is COVERED, uncommissioned a GAP (空白) — and the organisations behind it:
//          those commissioned for the function itself, for any of its sub-areas, or (for a sub-area) for its whole
//          function. Archived commissions and organisations are left out.
// Parameters: $municipality — the municipality's local government code, e.g. "272311" (大阪狭山市).
// Example: {"municipality": "272311"}
// Columns: function, labelJa, parent, status, organizations
MATCH (m:Municipality {code: $municipality})
MATCH (f:SupportFunction)
WITH m, f, [(f)-[:PART_OF]->(p:SupportFunction) | p.code][0] AS parent,
     [(sub:SupportFunction)-[:PART_OF]->(f) | sub.code] AS subAreas
WITH f, parent, subAreas, COLLECT {
  MATCH (c:Commission)-[:IN_MUNICIPALITY]->(m), (c)-[:FOR_FUNCTION]->(x:SupportFunction),
        (c)-[:COMMISSIONED_ORG]->(o:Organization)
  WHERE (x.code = f.code OR x.code = parent OR x.code IN subAreas)
    AND NOT coalesce(c.archived, false) AND NOT coalesce(o.archived, false)
  RETURN DISTINCT {function: x.code, organization: o.name}
} AS commissions
WITH f, parent, subAreas, commissions, [c IN commissions | c.function] AS commissioned
WITH f, parent, commissions, commissioned, size(subAreas) AS allSubAreas,
     size([s IN subAreas WHERE s IN commissioned]) AS coveredSubAreas
RETURN f.code AS function, f.labelJa AS labelJa, parent,
       CASE WHEN f.code IN commissioned OR parent IN commissioned
                 OR (allSubAreas > 0 AND coveredSubAreas = allSubAreas) THEN 'COVERED'
            WHEN coveredSubAreas > 0 THEN 'PARTIAL'
            ELSE 'GAP' END AS status,
       COLLECT { UNWIND commissions AS c RETURN DISTINCT c.organization AS name ORDER BY name } AS organizations
ORDER BY function
