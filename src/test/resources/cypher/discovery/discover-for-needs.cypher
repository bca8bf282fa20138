OPTIONAL MATCH (home:Area {code: $area})
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
CALL () {
  UNWIND $needs AS code
  OPTIONAL MATCH (n:Need {code: code})
  RETURN collect(DISTINCT n) AS needs, collect(CASE WHEN n IS NULL THEN code END) AS unknownNeeds
}
OPTIONAL MATCH (caller:Organization {id: $viewer.organizationId}) WHERE NOT coalesce(caller.archived, false)
WITH caller, localBodies, null AS householdId, home, needs, unknownNeeds, [] AS flags
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
CALL (home, covering, caller, localBodies) {
  UNWIND [(home)-[:PART_OF*0..3]->(x:Area) | x] + [(home)-[:PART_OF*0..2]->(:Municipality)-[:IN_REGION]->(region:Region) | region] AS area
  CALL (area, covering) {
    MATCH (area)<-[:AVAILABLE_IN]-(s:Service)-[:ADDRESSES]->(covered:Need)
    WHERE covered IN [link IN covering | link.covered]
    RETURN s, [link IN covering WHERE link.covered = covered | link.need] AS codes
  }
  UNWIND codes AS code
  WITH caller, localBodies, s, collect(DISTINCT code) AS addressed, collect(DISTINCT area) AS areas
  WHERE (NOT coalesce(s.archived, false) AND coalesce(s.status, 'ACTIVE') = 'ACTIVE'
 AND EXISTS { (provider:Organization)-[:PROVIDES]->(s) WHERE NOT coalesce(provider.archived, false) })
  OPTIONAL CALL (caller, localBodies, s) {
    WITH caller, localBodies, s WHERE s.id IN $pathsFor
    MATCH p = ANY SHORTEST (caller) (()-[:WORKS_FOR|BELONGS_TO|MEMBER_OF|COLLABORATES_WITH|OPERATES|RUNS|SUBCOMMITTEE_OF|PROVIDES]-(y WHERE (y:Organization|Person|Network|Activity|Service|Area AND NOT y:Household|Consent|Loan|Referral|Account|AuditEvent AND NOT coalesce(y.archived, false)) AND (NOT y:Organization|Network OR y IN localBodies))){1,3} (s)
RETURN collect({via: 'CALLER_ORGANIZATION', knower: caller, since: null, lastContact: null, entry: 0,
  nodes: nodes(p), ties: relationships(p)}) AS paths

  }
  WITH caller, localBodies, collect({service: s, addressed: addressed, areas: areas, paths: coalesce(paths, [])}) AS found
  WITH caller, localBodies, found,
       size([c IN found WHERE c.service.id IN $lowest AND c.paths <> []]) >= $enough AS lowestFilled
  UNWIND found AS candidate
  OPTIONAL CALL (caller, localBodies, candidate, lowestFilled) {
    WITH caller, localBodies, candidate.service AS s
    WHERE candidate.paths = [] AND s.id IN $pathsFor AND NOT (lowestFilled AND s.id IN $lowest)
    RETURN [] AS others
  }
  RETURN collect(candidate {.*, paths: candidate.paths + coalesce(others, [])}) AS candidates
}
RETURN householdId, home, unknownNeeds, needs, risks, candidates
