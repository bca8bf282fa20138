CALL () {
  MATCH (:Organization {id: $viewer.organizationId})<-[:RECORD_HELD_BY]-(h:Household)
  RETURN h, true AS held
  UNION
  MATCH (viewed:Organization {id: $viewer.organizationId})<-[:TO]-(c:Consent)<-[:GAVE_CONSENT]-(h:Household)
  WHERE c.withdrawnAt IS NULL AND NOT EXISTS { (h)-[:RECORD_HELD_BY]->(viewed) }
  RETURN h, false AS held
}
WITH h, held
WHERE NOT coalesce(h.archived, false)
  AND ($area IS NULL OR EXISTS { (h)-[:LIVES_IN]->(:Area)-[:PART_OF*0..3]->(:Area {code: $area}) })
  AND EXISTS { (h)-[i:HAS_ISSUE]->(:Need) WHERE i.status IN ['OPEN', 'IN_PROGRESS'] }
  AND (CASE WHEN held AND $viewer.role IN ['COORDINATOR', 'MEMBER_STAFF'] THEN true ELSE ($viewer.role IN ['COORDINATOR', 'MEMBER_STAFF', 'COMMISSIONED_VOLUNTEER'] AND (
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
    END))) END)
WITH h, COUNT { (h)-[i:HAS_ISSUE]->(:Need) WHERE i.status IN ['OPEN', 'IN_PROGRESS'] } AS openNeedCount
CALL (h) {
  OPTIONAL MATCH (supporter:Organization|Person)-[tie:SUPPORTS]->(h)
  WHERE NOT coalesce(supporter.archived, false)
  RETURN count(DISTINCT supporter) AS supporterCount, max(coalesce(tie.lastContact, tie.since)) AS lastContact
}
WITH h, openNeedCount, supporterCount, lastContact,
     duration.inDays(lastContact, date({timezone: 'Asia/Tokyo'})).days AS daysSinceContact,
     COLLECT { MATCH (h)<-[:ABOUT]-(logged:Contact) WHERE logged.voidedAt IS NULL
          RETURN logged.outcome ORDER BY logged.at DESC LIMIT 1 }[0] AS lastOutcome
WITH h, openNeedCount, supporterCount, lastContact, daysSinceContact, lastOutcome,
     CASE WHEN supporterCount = 0 THEN 0
          WHEN lastOutcome IN ['UNREACHABLE', 'ADDRESS_UNKNOWN'] THEN 1
          WHEN daysSinceContact IS NULL OR daysSinceContact > $staleDays THEN 2
          WHEN supporterCount = 1 THEN 3 END AS urgency
WHERE urgency IS NOT NULL
WITH h, openNeedCount, supporterCount, lastContact, daysSinceContact, lastOutcome, urgency,
     CASE WHEN daysSinceContact IS NULL OR daysSinceContact > 99999 THEN 99999
          WHEN daysSinceContact < 0 THEN 0 ELSE daysSinceContact END AS silence
WITH h,
     toString(urgency) + right('0000' + toString(99999 - silence), 5)
       + right('00' + toString(999 - CASE WHEN openNeedCount > 999 THEN 999 ELSE openNeedCount END), 3)
       + h.code AS rankKey,
     {h: h, reason: ['NO_SUPPORTER', 'UNREACHABLE', 'NO_RECENT_CONTACT', 'SINGLE_SUPPORTER'][urgency],
      supporterCount: supporterCount, lastContact: lastContact, daysSinceContact: daysSinceContact,
      openNeedCount: openNeedCount, lastOutcome: lastOutcome} AS row
WITH collect({h: h, rankKey: rankKey, row: row}) AS ranked
CALL (ranked) {
  UNWIND ranked AS ranking
  WITH ranking.h AS h, ranking.rankKey AS rankKey, ranking.row AS row
  WHERE $afterKey IS NULL OR rankKey > $afterKey OR (rankKey = $afterKey AND h.id > $afterId)
  WITH h, rankKey, row ORDER BY rankKey, h.id LIMIT $limit
  RETURN collect(row {.*, rankKey: rankKey}) AS page
}
RETURN size(ranked) AS total, page, $area IS NULL OR EXISTS { (:Area {code: $area}) } AS areaKnown
