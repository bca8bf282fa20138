MATCH (h:Household {id: $household})
WHERE ($viewer.role IN ['COORDINATOR', 'MEMBER_STAFF', 'COMMISSIONED_VOLUNTEER'] AND (
  ($viewer.role <> 'COMMISSIONED_VOLUNTEER'
   AND EXISTS { (h)-[:RECORD_HELD_BY]->(:Organization {id: $viewer.organizationId}) })
  OR (
    (h.protection = 'NONE' OR EXISTS { (s)-[:SUPPORTS]->(h) WHERE s.id IN [$viewer.organizationId, $viewer.personId] })
    AND EXISTS { (h)-[:GAVE_CONSENT]->(c:Consent)-[:TO]->(:Organization {id: $viewer.organizationId})
                 WHERE c.withdrawnAt IS NULL }
    AND CASE $viewer.role
      WHEN 'COORDINATOR' THEN
        EXISTS { (h)-[:LIVES_IN]->(:Area)-[:PART_OF*0..3]->(:Area)<-[:SERVES]-(:Organization {id: $viewer.organizationId}) }
      WHEN 'MEMBER_STAFF' THEN
        EXISTS { (:Organization {id: $viewer.organizationId})-[:SUPPORTS]->(h) }
        OR EXISTS { (:Organization {id: $viewer.organizationId})<-[:TO]-(acceptedReferral:Referral)-[:FOR]->(h)
                   WHERE acceptedReferral.status IN ['ACCEPTED', 'IN_PROGRESS', 'ON_HOLD'] }
      ELSE
        EXISTS { (h)-[:LIVES_IN]->(:Area)-[:PART_OF*0..2]->(:Area)<-[:ASSIGNED_TO]-(:Person {id: $viewer.personId}) }
    END)))
CALL (h) {
  CALL (h) {
  CALL (h) {
    MATCH entry = (h)<-[tie:SUPPORTS]-(knower) WHERE knower:Organization OR knower:Person
    RETURN knower, 'SUPPORTER' AS kind, entry, tie.since AS since, tie.lastContact AS lastContact
    UNION
    MATCH entry = (h)-[:RECORD_HELD_BY]->(knower:Organization)
    RETURN knower, 'RECORD_HOLDER' AS kind, entry, null AS since, null AS lastContact
    UNION
    MATCH entry = (h)-[:LIVES_IN]->(:Area)-[:PART_OF*0..2]->(:Area)<-[tie:ASSIGNED_TO]-(knower:Person)
    RETURN knower, 'DISTRICT_VOLUNTEER' AS kind, entry, tie.since AS since, null AS lastContact
    UNION
    MATCH (h)<-[:FOR]-(referral:Referral)-[:TO]->(knower:Organization)
    WHERE referral.status IN ['ACCEPTED', 'IN_PROGRESS', 'ON_HOLD']
    RETURN knower, 'REFERRAL_ACCEPTED' AS kind, null AS entry,
      date(datetime({datetime: referral.respondedAt, timezone: 'Asia/Tokyo'})) AS since, null AS lastContact
  }
  WITH knower, kind, entry, since, lastContact WHERE NOT coalesce(knower.archived, false)
  RETURN knower, kind, entry, since, lastContact
}

  WITH knower, collect(DISTINCT {kind: kind, since: since, lastContact: lastContact}) AS ties
  WITH knower, ties,
    [(knower)-[:MEMBER_OF]->(n:Network) WHERE NOT coalesce(n.archived, false) | n]
    + [(knower)-[:WORKS_FOR|BELONGS_TO]->(:Organization)-[:MEMBER_OF]->(n:Network)
       WHERE NOT coalesce(n.archived, false) | n] AS networks
  WITH collect({knower: knower, ties: ties, networks: networks}) AS rows
  RETURN [row IN rows | row {.knower, .ties, networks: [n IN row.networks | n.id]}] AS knowers,
    COLLECT { UNWIND rows AS row UNWIND row.networks AS n RETURN DISTINCT n } AS networks
}
RETURN h.id AS householdId, knowers, networks
