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
  AND EXISTS { (h)-[:HAS_LOAN]->(:Loan) }
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
CALL (h) {
  OPTIONAL MATCH (supporter:Organization|Person)-[tie:SUPPORTS]->(h)
  WHERE NOT coalesce(supporter.archived, false)
  RETURN count(DISTINCT supporter) AS supporterCount, max(coalesce(tie.lastContact, tie.since)) AS lastContact
}
WITH h, supporterCount, lastContact,
     COLLECT { MATCH (h)<-[:ABOUT]-(logged:Contact) WHERE logged.voidedAt IS NULL
          RETURN logged.outcome ORDER BY logged.at DESC LIMIT 1 }[0] AS lastOutcome,
     [(h)-[:HAS_LOAN]->(loan:Loan) | loan.repaymentStatus] AS repayments,
     COUNT { (h)-[i:HAS_ISSUE]->(:Need) WHERE i.status IN ['OPEN', 'IN_PROGRESS'] } AS openNeeds,
     COUNT { (h)-[:ISOLATED_FROM]->(:IsolationKind) } AS isolationKinds
WITH h, [reason IN [
       {rule: 'IN_ARREARS', points: CASE WHEN 'IN_ARREARS' IN repayments THEN $weights.inArrears ELSE 0 END},
       {rule: 'EXEMPTED', points: CASE WHEN 'EXEMPTED' IN repayments THEN $weights.exempted ELSE 0 END},
       {rule: 'DEFERRED', points: CASE WHEN 'DEFERRED' IN repayments THEN $weights.deferred ELSE 0 END},
       {rule: 'OPEN_NEEDS', count: openNeeds, points: openNeeds * $weights.perOpenNeed},
       {rule: 'ISOLATION', count: isolationKinds, points: isolationKinds * $weights.perIsolationKind},
       {rule: 'NO_SUPPORTER', points: CASE WHEN supporterCount = 0 THEN $weights.noSupporter ELSE 0 END},
       {rule: 'NO_RECENT_CONTACT', points: CASE
          WHEN supporterCount > 0 AND (lastContact IS NULL
               OR duration.inDays(lastContact, date({timezone: 'Asia/Tokyo'})).days > $liveDays)
          THEN $weights.noRecentContact ELSE 0 END},
       {rule: 'UNREACHABLE', points: CASE WHEN lastOutcome = 'UNREACHABLE' THEN $weights.unreachable ELSE 0 END},
       {rule: 'ADDRESS_UNKNOWN', points: CASE WHEN lastOutcome = 'ADDRESS_UNKNOWN' THEN $weights.addressUnknown ELSE 0 END}
     ] + [flag IN coalesce(h.flags, []) | {rule: 'HOUSEHOLD_FLAG', flag: flag, points: coalesce($weights.flags[flag], 0)}]
     WHERE reason.points > 0] AS reasons
WITH h, reasons, reduce(total = 0, reason IN reasons | total + reason.points) AS score
WITH h, right('00000000' + toString(999999999 - score), 9) + h.code AS rankKey,
     {h: h, score: score, reasons: reasons} AS row
WITH collect({h: h, rankKey: rankKey, row: row}) AS ranked
CALL (ranked) {
  UNWIND ranked AS ranking
  WITH ranking.h AS h, ranking.rankKey AS rankKey, ranking.row AS row
  WHERE $afterKey IS NULL OR rankKey > $afterKey OR (rankKey = $afterKey AND h.id > $afterId)
  WITH h, rankKey, row ORDER BY rankKey, h.id LIMIT $limit
  RETURN collect(row {.*, rankKey: rankKey}) AS page
}
RETURN size(ranked) AS total, page, $area IS NULL OR EXISTS { (:Area {code: $area}) } AS areaKnown
