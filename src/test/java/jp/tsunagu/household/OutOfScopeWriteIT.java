package jp.tsunagu.household;

import java.util.Map;
import java.util.stream.Stream;

import jp.tsunagu.security.Role;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every household mutation, aimed by a coordinator of 小野市社協 at a 宝塚市 household (or its loan or consent): refused
 * as if the household did not exist, nothing written, nothing audited. A new mutation belongs in this list.
 */
class OutOfScopeWriteIT extends HubIntegrationTest {

	private static final String HOUSEHOLD = "HH-282146-0002";

	static Stream<Arguments> everyHouseholdMutation() {
		return Stream.of(Arguments.of("household-update", "updateHousehold", Map.of("id", "$household", "memberCount", 2)),
				Arguments.of("household-archive", "archiveHousehold", Map.of("id", "$household")),
				Arguments.of("household-set-issue", "setHouseholdIssue", Map.of("householdId", "$household", "needCode", "food")),
				Arguments.of("household-remove-issue", "removeHouseholdIssue",
						Map.of("householdId", "$household", "needCode", "childcare")),
				Arguments.of("household-add-loan", "addLoan", Map.of("householdId", "$household", "loanType",
						"EMERGENCY_SMALL_FUND", "amount", 100000, "decidedOn", "2021-01-01", "repaymentStatus", "REPAYING")),
				Arguments.of("household-update-loan", "updateLoan", Map.of("loanId", "$loan", "repaymentStatus", "COMPLETED")),
				Arguments.of("household-give-consent", "giveConsent", Map.of("householdId", "$household", "scope", "REFERRAL",
						"organizationIds", java.util.List.of("$council"))),
				Arguments.of("household-withdraw-consent", "withdrawConsent", Map.of("consentId", "$consent")),
				Arguments.of("household-add-support", "addSupport", Map.of("householdId", "$household", "supporterId", "$council")),
				Arguments.of("household-remove-support", "removeSupport",
						Map.of("householdId", "$household", "supporterId", "$holder")));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("everyHouseholdMutation")
	void isRefusedForAHouseholdOutOfScope(String document, String mutation, Map<String, Object> template) {
		String id = householdIdOf(HOUSEHOLD);
		Object updatedAt = single("MATCH (h:Household {id: $id}) RETURN h.updatedAt", "id", id);
		Map<String, Object> input = new java.util.HashMap<>();
		template.forEach((key, value) -> input.put(key, resolve(value, id)));

		GraphQlTester.Response response = as(caller(Role.COORDINATOR, "小野市社会福祉協議会", null)).documentName(document)
			.variable("input", input)
			.execute();
		response.errors().verify();
		response.path(mutation + ".household").valueIsNull();
		response.path(mutation + ".errors[*].message")
			.entityList(String.class)
			.satisfies(messages -> assertThat(messages).singleElement().asString().startsWith("no "));

		assertThat(single("MATCH (h:Household {id: $id}) RETURN h.updatedAt", "id", id)).isEqualTo(updatedAt);
		assertThat(count("MATCH (e:AuditEvent {householdId: $id}) WHERE e.at >= $started RETURN count(e)", "id", id,
				"started", started())).isZero();
	}

	private Object resolve(Object value, String householdId) {
		if (value instanceof java.util.List<?> list) {
			return list.stream().map(item -> resolve(item, householdId)).toList();
		}
		return switch (String.valueOf(value)) {
			case "$household" -> householdId;
			case "$loan" -> single("MATCH (:Household {id: $id})-[:HAS_LOAN]->(l:Loan) RETURN l.id LIMIT 1", "id", householdId);
			case "$consent" -> single("MATCH (:Household {id: $id})-[:GAVE_CONSENT]->(c:Consent) RETURN c.id LIMIT 1", "id",
					householdId);
			case "$council" -> idOfNamed("Organization", "小野市社会福祉協議会");
			case "$holder" -> idOfNamed("Organization", "宝塚市社会福祉協議会");
			default -> value;
		};
	}
}
