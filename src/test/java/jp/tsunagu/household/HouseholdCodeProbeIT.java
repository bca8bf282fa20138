package jp.tsunagu.household;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A code chosen at createHousehold probes nothing: codes are unique per record holder, so the answer for a code
 * held elsewhere (a DV household of another council here) is the answer for a code nobody has, and every attempt,
 * refused or written, is an audit event.
 */
class HouseholdCodeProbeIT extends HouseholdTestSupport {

	private static final String HELD_ELSEWHERE = "HH-PROBE-DV-1";

	private static final String UNUSED = "HH-PROBE-NONE-1";

	@Test
	void aCodeHeldByAnotherOrganisationAnswersExactlyLikeACodeNobodyHas() {
		dvHouseholdOfAnotherCouncil(HELD_ELSEWHERE);

		// a bad member count, the "free probe": the same refusal either way, and no code check at all
		Map<String, Object> probe = householdInput(HELD_ELSEWHERE);
		probe.put("memberCount", 0);
		Map<String, Object> control = householdInput(UNUSED);
		control.put("memberCount", 0);
		assertThat(fail("household-create", "createHousehold", probe))
			.isEqualTo(fail("household-create", "createHousehold", control))
			.containsExactly(Map.of("field", "memberCount", "message", "must be between 1 and 20, was 0"));

		// valid input: both codes are free for this council's own records
		succeed("household-create", "createHousehold", householdInput(HELD_ELSEWHERE))
			.path("createHousehold.household.code").entity(String.class).isEqualTo(HELD_ELSEWHERE);
		succeed("household-create", "createHousehold", householdInput(UNUSED))
			.path("createHousehold.household.code").entity(String.class).isEqualTo(UNUSED);
		assertThat(count("MATCH (h:Household {code: $code}) RETURN count(h)", "code", HELD_ELSEWHERE)).isEqualTo(2);

		// only a code this council itself holds is refused: a household it may see anyway
		assertThat(fail("household-create", "createHousehold", householdInput(UNUSED))).containsExactly(
				Map.of("field", "code", "message", UNUSED + " is already the code of a household your organisation holds"));
	}

	@Test
	void everyAttemptIsAuditedRefusedOrWritten() {
		dvHouseholdOfAnotherCouncil(HELD_ELSEWHERE);
		Map<String, Object> probe = householdInput(HELD_ELSEWHERE);
		probe.put("memberCount", 21);
		fail("household-create", "createHousehold", probe);
		String written = household(HELD_ELSEWHERE);

		try (Session session = driver.session()) {
			List<Record> events = session.run("""
					MATCH (e:AuditEvent {operation: 'createHousehold'}) WHERE e.at >= $started
					RETURN e ORDER BY e.at""", Map.of("started", started())).list();
			assertThat(events).hasSize(2);
			var refused = events.get(0).get("e");
			assertThat(refused.get("action").asString()).isEqualTo("WRITE_REFUSED");
			assertThat(refused.get("actor").asString()).startsWith("test.coordinator.");
			assertThat(refused.get("householdId").isNull()).isTrue();
			assertThat(refused.get("arguments").asString())
				.isEqualTo("refused: input.memberCount: must be between 1 and 20, was 21");
			assertThat(refused.get("fields").asList(v -> v.asString())).contains("code", "memberCount");
			var write = events.get(1).get("e");
			assertThat(write.get("action").asString()).isEqualTo("WRITE");
			assertThat(write.get("householdId").asString()).isEqualTo(written);
		}
	}

	/** A DV household held by 宝塚市社協, made with Cypher (carrying createdAt, so it is deleted after the test). */
	private void dvHouseholdOfAnotherCouncil(String code) {
		write("""
				MATCH (council:Organization {name: '宝塚市社会福祉協議会'}), (a:Area {code: $area})
				CREATE (h:Household {id: randomUUID(), code: $code, protection: 'DV', flags: [], archived: false,
				        createdAt: datetime(), updatedAt: datetime()})-[:LIVES_IN]->(a)
				CREATE (h)-[:RECORD_HELD_BY]->(council)""", "code", code, "area", TAKARAZUKA);
	}
}
