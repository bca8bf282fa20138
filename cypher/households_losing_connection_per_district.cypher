// Connections being lost (つながりが切れかけている世帯) per district of a municipality — counts only, never identities.
// Purpose: for the municipality itself (households recorded without a district) and each of its districts, how
//          many households there are, how many have no supporter at all (no SUPPORTS tie), and how many have
//          supporters but none in contact since $months months before $asOf (every tie's lastContact older, or
//          missing). DV and crime-victim households are left out, as everywhere outside their own supporters;
//          archived households too.
// Parameters: $municipality — the municipality's local government code, e.g. "282189" (小野市);
//             $asOf — the day to measure from, an ISO date, e.g. "2026-11-01";
//             $months — how long without contact counts as losing touch, e.g. 6.
// Example: {"municipality": "282189", "asOf": "2026-11-01", "months": 6}
// Columns: district, name, households, noSupporter, lostTouch
MATCH (m:Municipality {code: $municipality})
MATCH (d:Area)-[:PART_OF*0..1]->(m)
OPTIONAL MATCH (h:Household)-[:LIVES_IN]->(d)
WHERE h.protection = 'NONE' AND NOT h.archived
WITH d, collect(h) AS households, date($asOf) - duration({months: $months}) AS since
RETURN d.code AS district, d.name AS name, size(households) AS households,
       size([h IN households WHERE NOT EXISTS { (h)<-[:SUPPORTS]-(:Organization|Person) }]) AS noSupporter,
       size([h IN households WHERE EXISTS { (h)<-[:SUPPORTS]-(:Organization|Person) }
             AND NOT EXISTS { MATCH (h)<-[s:SUPPORTS]-(:Organization|Person) WHERE s.lastContact >= since }]) AS lostTouch
ORDER BY lostTouch DESC, noSupporter DESC, district
