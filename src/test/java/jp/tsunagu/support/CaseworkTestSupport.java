package jp.tsunagu.support;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Fixtures of the casework tests: households of 小野市 held by 小野市社協 (the coordinator), made through the API or, for
 * the many cases of a table, straight in Cypher; all carry createdAt and go after each test.
 */
public abstract class CaseworkTestSupport extends HubIntegrationTest {

	protected static final String COUNCIL = "小野市社会福祉協議会";

	protected static final String PARTNER = "社会福祉法人河合福祉会";

	protected static final String OTHER = "社会福祉法人きすみ野福祉会";

	protected static final String ONO = "282189";

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	protected GraphQlTester patient(Caller caller) {
		return as(caller).mutate()
			.webTestClient(client -> client.responseTimeout(PATIENCE))
			.responseTimeout(PATIENCE)
			.build();
	}

	protected GraphQlTester coordinator() {
		return patient(caller(Role.COORDINATOR, COUNCIL, null));
	}

	protected GraphQlTester partnerStaff() {
		return patient(caller(Role.MEMBER_STAFF, PARTNER, null));
	}

	protected GraphQlTester otherStaff() {
		return patient(caller(Role.MEMBER_STAFF, OTHER, null));
	}

	/** A household of 小野市 held by 小野市社協, made through the API. */
	protected String household() {
		Map<String, Object> input = Map.of("code", "T-CW-" + UUID.randomUUID().toString().substring(0, 8), "areaCode", ONO);
		GraphQlTester.Response created = coordinator().documentName("household-create").variable("input", input).execute();
		created.path("createHousehold.errors").entityList(Object.class).hasSize(0);
		return created.path("createHousehold.household.id").entity(String.class).get();
	}

	/** The household's consent to referral naming the organisation; returns the consent's id. */
	protected String consentToReferral(String householdId, String organizationName) {
		GraphQlTester.Response given = coordinator().documentName("household-give-consent")
			.variable("input", Map.of("householdId", householdId, "scope", "REFERRAL", "organizationIds",
					List.of(idOfNamed("Organization", organizationName))))
			.execute();
		given.path("giveConsent.errors").entityList(Object.class).hasSize(0);
		return (String) single("""
				MATCH (:Household {id: $id})-[:GAVE_CONSENT]->(c:Consent {scope: 'REFERRAL'})-[:TO]->(:Organization {name: $name})
				WHERE c.withdrawnAt IS NULL RETURN c.id""", "id", householdId, "name", organizationName);
	}

	protected GraphQlTester.Response refer(String householdId, String organizationName, boolean draft) {
		return coordinator().documentName("referral-refer")
			.variable("input", Map.of("householdId", householdId, "organizationId",
					idOfNamed("Organization", organizationName), "draft", draft))
			.execute();
	}

	/** A household with consent and a referral to the partner, requested through the API; returns the referral's id. */
	protected String requestedReferral(String householdId) {
		consentToReferral(householdId, PARTNER);
		GraphQlTester.Response referred = refer(householdId, PARTNER, false);
		referred.path("referHousehold.errors").entityList(Object.class).hasSize(0);
		return referred.path("referHousehold.referral.id").entity(String.class).get();
	}

	protected GraphQlTester.Response transition(GraphQlTester tester, String referralId, String to, int expectedVersion,
			Object... more) {
		Map<String, Object> input = new HashMap<>(jp.tsunagu.graph.CypherParameters.of(more));
		input.put("referralId", referralId);
		input.put("to", to);
		input.put("expectedVersion", expectedVersion);
		return tester.documentName("referral-transition").variable("input", input).execute();
	}

	protected GraphQlTester.Response recordContact(GraphQlTester tester, String householdId, String kind, String at,
			String outcome, Object... more) {
		Map<String, Object> input = new HashMap<>(jp.tsunagu.graph.CypherParameters.of(more));
		input.put("householdId", householdId);
		input.put("kind", kind);
		input.put("at", at);
		input.put("outcome", outcome);
		return tester.documentName("contact-record").variable("input", input).execute();
	}

	/** Audit events of the test for this operation naming the household. */
	protected long audited(String operation, String householdId) {
		return count("""
				MATCH (e:AuditEvent {operation: $operation, householdId: $householdId}) WHERE e.at >= $started
				RETURN count(e)""", "operation", operation, "householdId", householdId, "started", started());
	}
}
