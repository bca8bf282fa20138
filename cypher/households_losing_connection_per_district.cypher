// Connections being lost (つながりが切れかけている世帯) per district of a municipality — counts only, never identities.
// Purpose: for the municipality itself (households recorded without a district), each of its wards (行政区) and
//          districts (those under a designated city's wards too), how many households there are, how many have no
//          supporter at all (no non-archived organisation or person SUPPORTS them), and how many have supporters but
//          no live tie. A tie is live while its last use — its lastContact, or without one its since — lies at most
//          $liveDays days before $asOf: the rule lostConnections, whoKnows and discover follow. Archived supporters do
//          not count. The analysts' graph holds no DV or crime-victim household and no archived one. Its dates
//          are months (the first of the month), so a tie counts as live when its month is not before the month
//          of $asOf less $liveDays: up to a month more generous than the hub's day-exact rule.
// Privacy: small counts can single out a household — a 1 in a small district may be a family the reader knows.
//          Keep the exact counts within the support team; pass on only the ...Shown columns, which follow the
//          small-cell policy (docs/analysts.md: counts of 1 and 2 read <3, and the next smallest of the column x).
// Parameters: $municipality — the municipality's local government code, e.g. "282189" (小野市);
//             $asOf — the day to measure from, an ISO date, e.g. "2026-11-01"; null for today in Japan;
//             $liveDays — how many days a tie stays live after its last use; null for 180, the hub's default
//             (tsunagu.contact.live-days): give the hub's setting if it runs with another, so the answers agree.
// Example: {"municipality": "282189", "asOf": "2026-11-01", "liveDays": 180}
// Columns: district, name, households, noSupporter, lostTouch, householdsShown, noSupporterShown, lostTouchShown
MATCH (m:Municipality {code: $municipality})
MATCH (d:Area)-[:PART_OF*0..2]->(m)
OPTIONAL MATCH (h:Household)-[:LIVES_IN]->(d)
WITH d, collect(h) AS households,
     date.truncate('month', coalesce(date($asOf), date({timezone: 'Asia/Tokyo'}))
                            - duration({days: coalesce($liveDays, 180)})) AS liveSince
WITH {district: d.code, name: d.name, households: size(households),
       noSupporter: size([h IN households WHERE NOT EXISTS {
               (h)<-[:SUPPORTS]-(s:Organization|Person) WHERE NOT coalesce(s.archived, false) }]),
       lostTouch: size([h IN households WHERE EXISTS {
               (h)<-[:SUPPORTS]-(s:Organization|Person) WHERE NOT coalesce(s.archived, false) }
             AND NOT EXISTS {
               MATCH (h)<-[t:SUPPORTS]-(s:Organization|Person)
               WHERE NOT coalesce(s.archived, false) AND coalesce(t.lastContact, t.since) >= liveSince }])} AS row
// Small cells (docs/analysts.md, k = 3): each count column has a ...Shown column to pass on: a count of 1 or 2 reads
// "<3"; when exactly one count of the column is that small, the next smallest count of at least 3 reads "x" (the
// municipality's total less the others would give the small one away). Zero is shown.
WITH collect(row) AS rows
WITH rows, [c IN ['households', 'noSupporter', 'lostTouch'] | {column: c, small: [r IN rows WHERE 0 < r[c] < 3 | r.district]}] AS small
WITH rows, [p IN small | p {.*, next: CASE WHEN size(p.small) = 1 THEN reduce(best = null, r IN rows |
       CASE WHEN r[p.column] >= 3 AND (best IS NULL OR r[p.column] < best[p.column]
                 OR (r[p.column] = best[p.column] AND r.district < best.district)) THEN r ELSE best END).district END}] AS policy
UNWIND rows AS r
RETURN r.district AS district, r.name AS name, r.households AS households, r.noSupporter AS noSupporter, r.lostTouch AS lostTouch,
       [p IN policy WHERE p.column = 'households' | CASE WHEN r.district IN p.small THEN '<3' WHEN r.district = p.next THEN 'x' ELSE toString(r.households) END][0] AS householdsShown,
       [p IN policy WHERE p.column = 'noSupporter' | CASE WHEN r.district IN p.small THEN '<3' WHEN r.district = p.next THEN 'x' ELSE toString(r.noSupporter) END][0] AS noSupporterShown,
       [p IN policy WHERE p.column = 'lostTouch' | CASE WHEN r.district IN p.small THEN '<3' WHEN r.district = p.next THEN 'x' ELSE toString(r.lostTouch) END][0] AS lostTouchShown
ORDER BY lostTouch DESC, noSupporter DESC, district
