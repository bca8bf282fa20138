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
OPTIONAL MATCH (h)-[:LIVES_IN]->(home:Area)
CALL (home) {
  OPTIONAL MATCH (home)-[:PART_OF*0..2]->(municipality:Municipality)
  WITH municipality LIMIT 1
  WITH CASE WHEN municipality IS NULL THEN []
    ELSE [municipality] + [(municipality)<-[:PART_OF*1..2]-(within:Area) | within]
      + [(municipality)-[:PART_OF]->(prefecture:Prefecture) | prefecture] END AS areas
  RETURN COLLECT {
    UNWIND areas AS area
    MATCH (area)<-[:LOCATED_IN|COVERS]-(body:Organization|Network)
    RETURN DISTINCT body
  } AS localBodies
}
CALL (h) {
  OPTIONAL MATCH (h)-[issue:HAS_ISSUE]->(n:Need) WHERE issue.status IN ['OPEN', 'IN_PROGRESS']
  RETURN collect(DISTINCT n) AS needs
}
CALL (h, localBodies) {
  MATCH entry = (h)-[:LIVES_IN]->(:Area)-[:PART_OF*0..2]->(:Area)<-[tie:ASSIGNED_TO]-(knower:Person)
  WHERE NOT coalesce(knower.archived, false)
  WITH knower, entry, tie ORDER BY length(entry)
  WITH knower, collect({entry: entry, since: tie.since})[0] AS nearest
  MATCH (knower)-[first:WORKS_FOR|BELONGS_TO|MEMBER_OF|COLLABORATES_WITH|OPERATES|RUNS|SUBCOMMITTEE_OF|PROVIDES]-(next) WHERE (next:Organization|Person|Network|Activity|Service|Area AND NOT next:Household|Consent|Loan|Referral|Account|AuditEvent AND NOT coalesce(next.archived, false)) AND (NOT next:Organization|Network OR next IN localBodies)
  RETURN collect({knower: knower, entry: nearest.entry, since: nearest.since, first: first, next: next})
    AS volunteerSteps
}
WITH h, volunteerSteps, localBodies, h.id AS householdId, home, needs, [] AS unknownNeeds, coalesce(h.flags, []) AS flags
CALL (needs, flags) {
  UNWIND needs AS issue
  MATCH (issue)-[:BROADER*0..3]->(shown:Need)<-[step:HAS_STEP]-(pathway:RiskPathway)
  WHERE $preventive
  WITH pathway, collect(DISTINCT step.position) AS stages, collect(DISTINCT {need: shown, position: step.position}) AS shownSteps
  UNWIND shownSteps AS first
  WITH pathway, first WHERE any(profile IN $pathwayProfiles WHERE profile.group = pathway.groupJa AND profile.flag IN flags)
    OR all(stage IN range(1, first.position - 1) WHERE stage IN stages)
  MATCH (pathway)-[later:HAS_STEP]->(next:Need)
  WHERE later.position > first.position AND NOT next IN needs
  RETURN collect(DISTINCT {pathway: pathway, trigger: first.need, need: next}) AS risks
}
CALL (needs, risks) {
  UNWIND needs + [link IN risks | link.need] AS sought
  MATCH (sought)-[:BROADER*0..3]->(covered:Need)
  RETURN collect(DISTINCT {need: sought.code, covered: covered}) AS covering
}
CALL (home, covering, h, volunteerSteps, localBodies) {
  UNWIND [(home)-[:PART_OF*0..3]->(x:Area) | x] + [(home)-[:PART_OF*0..2]->(:Municipality)-[:IN_REGION]->(region:Region) | region] AS area
  CALL (area, covering) {
    MATCH (area)<-[:AVAILABLE_IN]-(s:Service)-[:ADDRESSES]->(covered:Need)
    WHERE covered IN [link IN covering | link.covered]
    RETURN s, [link IN covering WHERE link.covered = covered | link.need] AS codes
  }
  UNWIND codes AS code
  WITH h, volunteerSteps, localBodies, s, collect(DISTINCT code) AS addressed, collect(DISTINCT area) AS areas
  WHERE (NOT coalesce(s.archived, false) AND coalesce(s.status, 'ACTIVE') = 'ACTIVE'
 AND EXISTS { (provider:Organization)-[:PROVIDES]->(s) WHERE NOT coalesce(provider.archived, false) })
  OPTIONAL CALL (h, volunteerSteps, localBodies, s) {
    WITH h, volunteerSteps, localBodies, s WHERE s.id IN $pathsFor
    CALL (h, s, localBodies) {
  MATCH p = ALL SHORTEST (h)<-[tie:SUPPORTS WHERE coalesce(tie.lastContact, tie.since) >= $liveSince]-(knower:Organization|Person WHERE NOT coalesce(knower.archived, false))
    (()-[:WORKS_FOR|BELONGS_TO|MEMBER_OF|COLLABORATES_WITH|OPERATES|RUNS|SUBCOMMITTEE_OF|PROVIDES]-(y WHERE (y:Organization|Person|Network|Activity|Service|Area AND NOT y:Household|Consent|Loan|Referral|Account|AuditEvent AND NOT coalesce(y.archived, false)) AND (NOT y:Organization|Network OR y IN localBodies))){1,3} (s)
  WITH knower, tie, p ORDER BY length(p), knower.name, knower.id LIMIT 1
  RETURN collect({via: 'SUPPORTER', knower: knower, since: tie.since, lastContact: tie.lastContact, entry: 1,
    nodes: nodes(p), ties: relationships(p)}) AS live
}
RETURN live AS paths

  }
  WITH h, volunteerSteps, localBodies, collect({service: s, addressed: addressed, areas: areas, paths: coalesce(paths, [])}) AS found
  WITH h, volunteerSteps, localBodies, found,
       size([c IN found WHERE c.service.id IN $lowest AND c.paths <> []]) >= $enough AS lowestFilled
  UNWIND found AS candidate
  OPTIONAL CALL (h, volunteerSteps, localBodies, candidate, lowestFilled) {
    WITH h, volunteerSteps, localBodies, candidate.service AS s
    WHERE candidate.paths = [] AND s.id IN $pathsFor AND NOT (lowestFilled AND s.id IN $lowest)
    WITH h, volunteerSteps, localBodies, s, [] AS live
CALL (h, s, live, localBodies) {
  WITH h, s, localBodies WHERE live = []
  MATCH p = ALL SHORTEST (h)-[tie:SUPPORTS|RECORD_HELD_BY WHERE type(tie) = 'RECORD_HELD_BY' OR NOT coalesce(coalesce(tie.lastContact, tie.since) >= $liveSince, false)]-(knower:Organization|Person WHERE NOT coalesce(knower.archived, false))
    (()-[:WORKS_FOR|BELONGS_TO|MEMBER_OF|COLLABORATES_WITH|OPERATES|RUNS|SUBCOMMITTEE_OF|PROVIDES]-(y WHERE (y:Organization|Person|Network|Activity|Service|Area AND NOT y:Household|Consent|Loan|Referral|Account|AuditEvent AND NOT coalesce(y.archived, false)) AND (NOT y:Organization|Network OR y IN localBodies))){1,3} (s)
  WITH knower, tie, p, type(tie) = 'SUPPORTS' AS supporter
  ORDER BY length(p), knower.name, knower.id, supporter DESC LIMIT 1
  RETURN collect({via: CASE WHEN supporter THEN 'SUPPORTER' ELSE 'RECORD_HOLDER' END, knower: knower,
    since: tie.since, lastContact: tie.lastContact, entry: 1, nodes: nodes(p), ties: relationships(p)}) AS held
}
CALL (h, s, live, localBodies) {
  WITH h, s, localBodies WHERE live = []
  MATCH p = ALL SHORTEST (h)<-[:FOR]-(referral:Referral WHERE referral.status IN ['ACCEPTED', 'IN_PROGRESS', 'ON_HOLD'])-[:TO]->(knower:Organization WHERE NOT coalesce(knower.archived, false))
    (()-[:WORKS_FOR|BELONGS_TO|MEMBER_OF|COLLABORATES_WITH|OPERATES|RUNS|SUBCOMMITTEE_OF|PROVIDES]-(y WHERE (y:Organization|Person|Network|Activity|Service|Area AND NOT y:Household|Consent|Loan|Referral|Account|AuditEvent AND NOT coalesce(y.archived, false)) AND (NOT y:Organization|Network OR y IN localBodies))){1,3} (s)
  WITH knower, referral, p ORDER BY length(p), knower.name, knower.id LIMIT 1
  RETURN collect({via: 'REFERRAL_ACCEPTED', knower: knower,
    since: date(datetime({datetime: referral.respondedAt, timezone: 'Asia/Tokyo'})), lastContact: null,
    entry: 2, nodes: nodes(p), ties: relationships(p)}) AS referred
}
CALL (s, live, held, referred, volunteerSteps, localBodies) {
  WITH s, volunteerSteps, localBodies,
       reduce(shortest = 99, path IN held + [path IN referred | path {.*, ties: path.ties[2..]}]
              | CASE WHEN size(path.ties) < shortest THEN size(path.ties) ELSE shortest END)
       - reduce(nearest = 99, step IN volunteerSteps
              | CASE WHEN length(step.entry) < nearest THEN length(step.entry) ELSE nearest END) - 1 AS reach
  WHERE live = [] AND reach >= 0
  UNWIND volunteerSteps AS step
  WITH DISTINCT s, localBodies, reach, step.next AS next
  CALL (s, reach, next, localBodies) {
    CALL (s, reach, next, localBodies) {
      MATCH rest = (next) WHERE next = s
      RETURN rest
      UNION ALL
      MATCH rest = (next)-[:WORKS_FOR|BELONGS_TO|MEMBER_OF|COLLABORATES_WITH|OPERATES|RUNS|SUBCOMMITTEE_OF|PROVIDES]-(s) WHERE reach >= 1
      RETURN rest
      UNION ALL
      MATCH rest = (next)-[:WORKS_FOR|BELONGS_TO|MEMBER_OF|COLLABORATES_WITH|OPERATES|RUNS|SUBCOMMITTEE_OF|PROVIDES]-(y)-[:WORKS_FOR|BELONGS_TO|MEMBER_OF|COLLABORATES_WITH|OPERATES|RUNS|SUBCOMMITTEE_OF|PROVIDES]-(s) WHERE reach = 2 AND (y:Organization|Person|Network|Activity|Service|Area AND NOT y:Household|Consent|Loan|Referral|Account|AuditEvent AND NOT coalesce(y.archived, false)) AND (NOT y:Organization|Network OR y IN localBodies)
      RETURN rest
      UNION ALL
      WITH s, next, localBodies WHERE reach > 2
      MATCH rest = ANY SHORTEST (next) (()-[:WORKS_FOR|BELONGS_TO|MEMBER_OF|COLLABORATES_WITH|OPERATES|RUNS|SUBCOMMITTEE_OF|PROVIDES]-(y WHERE (y:Organization|Person|Network|Activity|Service|Area AND NOT y:Household|Consent|Loan|Referral|Account|AuditEvent AND NOT coalesce(y.archived, false)) AND (NOT y:Organization|Network OR y IN localBodies))){0,2} (s)
      RETURN rest
    }
    WITH rest ORDER BY length(rest) LIMIT 1
    RETURN rest
  }
  RETURN collect({next: next, rest: rest}) AS reached
}
CALL (volunteerSteps, reached) {
  UNWIND volunteerSteps AS step
  UNWIND [way IN reached WHERE way.next = step.next | way.rest] AS rest
  WITH step, rest ORDER BY length(step.entry) + 1 + length(rest), step.knower.name, step.knower.id LIMIT 1
  RETURN collect({via: 'DISTRICT_VOLUNTEER', knower: step.knower, since: step.since, lastContact: null,
    entry: length(step.entry), nodes: nodes(step.entry) + nodes(rest),
    ties: relationships(step.entry) + [step.first] + relationships(rest)}) AS assigned
}
RETURN held + assigned + referred AS others

  }
  RETURN collect(candidate {.*, paths: candidate.paths + coalesce(others, [])}) AS candidates
}
RETURN householdId, home, unknownNeeds, needs, risks, candidates
