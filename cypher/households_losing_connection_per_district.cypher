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
//          Keep these answers within the support team; before they go further, merge small districts or apply the small-cell policy
//          (docs/analysts.md: counts of 1 and 2 shown as <3, and the next smallest count of their table withheld too).
// Parameters: $municipality — the municipality's local government code, e.g. "282189" (小野市);
//             $asOf — the day to measure from, an ISO date, e.g. "2026-11-01"; null for today in Japan;
//             $liveDays — how many days a tie stays live after its last use; null for 180, the hub's default
//             (tsunagu.contact.live-days): give the hub's setting if it runs with another, so the answers agree.
// Example: {"municipality": "282189", "asOf": "2026-11-01", "liveDays": 180}
// Columns: district, name, households, noSupporter, lostTouch
MATCH (m:Municipality {code: $municipality})
MATCH (d:Area)-[:PART_OF*0..2]->(m)
OPTIONAL MATCH (h:Household)-[:LIVES_IN]->(d)
WITH d, collect(h) AS households,
     date.truncate('month', coalesce(date($asOf), date({timezone: 'Asia/Tokyo'}))
                            - duration({days: coalesce($liveDays, 180)})) AS liveSince
RETURN d.code AS district, d.name AS name, size(households) AS households,
       size([h IN households WHERE NOT EXISTS {
               (h)<-[:SUPPORTS]-(s:Organization|Person) WHERE NOT coalesce(s.archived, false) }]) AS noSupporter,
       size([h IN households WHERE EXISTS {
               (h)<-[:SUPPORTS]-(s:Organization|Person) WHERE NOT coalesce(s.archived, false) }
             AND NOT EXISTS {
               MATCH (h)<-[t:SUPPORTS]-(s:Organization|Person)
               WHERE NOT coalesce(s.archived, false) AND coalesce(t.lastContact, t.since) >= liveSince }]) AS lostTouch
ORDER BY lostTouch DESC, noSupporter DESC, district
