// 重層的支援体制整備事業 coverage matrix (重層事業の機能ごとの実施状況) of a municipality.
// Purpose: for every function of the programme (1 相談支援 with its sub-areas 1.1–1.4, 2 参加支援, 3 地域づくり with
//          3.1–3.4, 4 アウトリーチ, 5 多機関協働, 6 支援プラン), its status as the supportFunctionCoverage query
//          reports it, and the organisations that run it. A commission runs its function today unless it is a model
//          project (MODEL_MULTI_AGENCY, MODEL_COMMUNITY_STRENGTH: history, not the function) or its period has ended.
//          A sub-area, or a function without sub-areas, is COVERED when run itself or (a sub-area) as part of its
//          whole function, a GAP only where the municipality is recorded as not running it ((m)-[:NOT_RUNNING]->(f)),
//          else UNKNOWN (不明: missing data, not a gap). A function with sub-areas is COVERED when run as a whole or
//          in every sub-area, PARTIAL when some are run, UNKNOWN while any is unknown, else a GAP. 6 支援プラン is
//          run together with 5 多機関協働: unknown itself, it is COVERED when 5 is. organizations: those running the
//          function itself, any of its sub-areas, or (for a sub-area) its whole function. Archived commissions and
//          organisations are left out.
// Parameters: $municipality — the municipality's local government code, e.g. "272311" (大阪狭山市).
// Example: {"municipality": "272311"}
// Columns: function, labelJa, parent, status, organizations
MATCH (m:Municipality {code: $municipality})
WITH m, date({timezone: 'Asia/Tokyo'}) AS today
MATCH (f:SupportFunction)
WITH m, f, [(f)-[:PART_OF]->(p:SupportFunction) | p.code][0] AS parent, COLLECT {
  MATCH (c:Commission)-[:IN_MUNICIPALITY]->(m), (c)-[:FOR_FUNCTION]->(f), (c)-[:COMMISSIONED_ORG]->(o:Organization)
  WHERE NOT coalesce(c.archived, false) AND NOT coalesce(o.archived, false)
    AND NOT coalesce(c.programme, 'JUSO') IN ['MODEL_MULTI_AGENCY', 'MODEL_COMMUNITY_STRENGTH']
    AND (c.periodTo IS NULL OR c.periodTo >= today)
  RETURN DISTINCT o.name AS name ORDER BY name
} AS runners
WITH collect({code: f.code, labelJa: f.labelJa, parent: parent, runners: runners,
              notRunning: EXISTS { (m)-[:NOT_RUNNING]->(f) }}) AS rows
WITH [r IN rows | r {.*, cell: CASE
        WHEN r.runners <> [] THEN 'COVERED'
        WHEN r.parent IS NOT NULL AND [p IN rows WHERE p.code = r.parent][0].runners <> [] THEN 'COVERED'
        WHEN r.notRunning THEN 'GAP'
        ELSE 'UNKNOWN' END}] AS cells
WITH [r IN cells | r {.*, subAreas: [s IN cells WHERE s.parent = r.code]}] AS cells
WITH [r IN cells | r {.*, status: CASE
        WHEN r.subAreas = [] OR r.runners <> [] THEN r.cell
        WHEN all(s IN r.subAreas WHERE s.cell = 'COVERED') THEN 'COVERED'
        WHEN any(s IN r.subAreas WHERE s.cell = 'COVERED') THEN 'PARTIAL'
        WHEN any(s IN r.subAreas WHERE s.cell = 'UNKNOWN') THEN 'UNKNOWN'
        ELSE 'GAP' END}] AS statuses
WITH statuses, [x IN statuses WHERE x.code = '5'][0].status AS multiAgency
UNWIND statuses AS r
RETURN r.code AS function, r.labelJa AS labelJa, r.parent AS parent,
       CASE WHEN r.code = '6' AND r.status = 'UNKNOWN' AND multiAgency = 'COVERED' THEN 'COVERED'
            ELSE r.status END AS status,
       COLLECT {
         UNWIND r.runners + coalesce([p IN statuses WHERE p.code = r.parent][0].runners, [])
                + reduce(names = [], s IN r.subAreas | names + s.runners) AS name
         RETURN DISTINCT name ORDER BY name
       } AS organizations
ORDER BY function
