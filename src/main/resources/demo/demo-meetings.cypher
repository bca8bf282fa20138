// 支援会議 and 支援プラン of the demo network (loaded after demo-network.cypher, in its transaction).
// 松江市重層的支援会議 (seed 002 事例6: the city 福祉総務課 and 市社協 are its joint secretariat) discussed
// HH-322016-0002 on the household's consent to case-meeting sharing, and decided a plan with an overdue task.
// Dates are relative to the day the demo loads, so that the task is always overdue and the review still ahead.
MATCH (body:Network {name: '松江市重層的支援会議'})
MATCH (h:Household {code: 'HH-322016-0002'})-[:GAVE_CONSENT]->(consent:Consent {scope: 'CASE_CONFERENCE'})
      -[:TO]->(:Organization {name: '松江市社会福祉協議会'})
CREATE (m:Meeting {id: randomUUID(), kind: 'SUPPORT_MEETING', title: '重層的支援会議（個別ケース検討）',
        heldAt: datetime() - duration({days: 21}),
        minutes: '独居高齢者の金銭管理と孤立について共有。権利擁護と見守りの役割分担を決めた。',
        recordedBy: 'demo', createdAt: datetime()})
CREATE (m)-[:HELD_BY]->(body)
CREATE (m)-[:DISCUSSED {basis: 'CONSENT', consentId: consent.id}]->(h)
WITH m, body
CALL (m, body) {
  MATCH (s:Organization)-[:MEMBER_OF {role: 'SECRETARIAT'}]->(body)
  CREATE (m)-[:SECRETARIAT]->(s)
}
CALL (m) {
  UNWIND ['松江市社会福祉協議会', '松江市 福祉総務課', '松江市地域包括支援センター 中央', '松江市生活困窮者自立相談支援センター'] AS name
  MATCH (o:Organization {name: name})
  CREATE (m)-[:ATTENDED_BY]->(o)
}
CALL (m) {
  MATCH (p:Person {name: '錦織 修'})
  CREATE (m)-[:ATTENDED_BY]->(p)
};

MATCH (h:Household {code: 'HH-322016-0002'})<-[:DISCUSSED]-(m:Meeting)
MATCH (council:Organization {name: '松江市社会福祉協議会'})
CREATE (p:SupportPlan {id: randomUUID(), createdAt: datetime(), savedAt: datetime()})-[:FOR]->(h)
CREATE (v:SupportPlanVersion {id: randomUUID(), version: 1, goals: ['金銭管理の安定', '地域での見守りの再開'],
        reviewOn: date() + duration({days: 60}), decisions: '日常生活自立支援事業の利用を社協が調整し、包括が見守り訪問を再開する。',
        savedBy: 'demo', savedAt: datetime() - duration({days: 21}), createdAt: datetime()})
CREATE (v)-[:VERSION_OF]->(p), (p)-[:CURRENT]->(v), (v)-[:SAVED_FOR]->(council), (v)-[:DECIDED_AT]->(m)
WITH v
UNWIND [
  ['日常生活自立支援事業の利用契約を調整', '松江市社会福祉協議会', -7, 'IN_PROGRESS'],
  ['見守り訪問の再開（月2回）', '松江市地域包括支援センター 中央', 14, 'OPEN'],
  ['近隣の見守り協力者への声かけ', '錦織 修', 30, 'OPEN']
] AS x
MATCH (owner) WHERE (owner:Organization OR owner:Person) AND owner.name = x[1]
CREATE (t:PlanTask {id: randomUUID(), title: x[0], dueOn: date() + duration({days: x[2]}), status: x[3],
        createdAt: datetime()})
CREATE (t)-[:PART_OF]->(v), (t)-[:OWNED_BY]->(owner);
