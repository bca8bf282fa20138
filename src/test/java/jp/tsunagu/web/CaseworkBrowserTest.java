package jp.tsunagu.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jp.tsunagu.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Session;

/**
 * The casework screens' browser tests: fixtures made through the API as the 小野市 council would make them, and the
 * demo's support ties put back after each test, since a journey records contacts and accepts referrals.
 */
abstract class CaseworkBrowserTest extends BrowserTest {

	static final String ONO_COUNCIL = "小野市社会福祉協議会";

	static final String KISUMINO = "社会福祉法人きすみ野福祉会";

	/** How long a screen that asks several things at once may take on a busy machine. */
	static final Duration SLOW = Duration.ofSeconds(120);

	private List<Map<String, Object>> supportTies;

	@BeforeEach
	void rememberTheDemosSupportTies() {
		try (Session session = driver.session()) {
			supportTies = session.run("""
					MATCH ()-[s:SUPPORTS]->(:Household) RETURN elementId(s) AS id, s.lastContact AS lastContact,
					       s.reportedContact AS reportedContact""")
				.list(record -> record.asMap());
		}
	}

	/** Contacts move a tie's last contact forward and an accepted referral adds a tie: both are put back. */
	@AfterEach
	void restoreTheDemosSupportTies() {
		write("""
				MATCH ()-[s:SUPPORTS]->(:Household) WHERE NOT elementId(s) IN [tie IN $ties | tie.id] DELETE s
				WITH count(*) AS deleted
				UNWIND $ties AS tie
				MATCH ()-[s:SUPPORTS]->() WHERE elementId(s) = tie.id
				SET s.lastContact = tie.lastContact, s.reportedContact = tie.reportedContact""", "ties", supportTies);
	}

	void giveReferralConsent(String householdId, String organizationId) {
		as(caller(Role.COORDINATOR, ONO_COUNCIL, null)).document("""
				mutation Consent($input: GiveConsentInput!) { giveConsent(input: $input) { errors { message } } }""")
			.variable("input", Map.of("householdId", householdId, "scope", "REFERRAL", "organizationIds", List.of(organizationId)))
			.execute()
			.path("giveConsent.errors")
			.entityList(Object.class)
			.hasSize(0);
	}

	/** The 小野市 council refers the household to the organisation; returns the referral's id. */
	String referAsOnoCouncil(String householdId, String organizationId) {
		var referred = as(caller(Role.COORDINATOR, ONO_COUNCIL, null)).document("""
				mutation Refer($input: ReferHouseholdInput!) {
				  referHousehold(input: $input) { referral { id version } errors { message } } }""")
			.variable("input", Map.of("householdId", householdId, "organizationId", organizationId))
			.execute();
		referred.path("referHousehold.errors").entityList(Object.class).hasSize(0);
		return referred.path("referHousehold.referral.id").entity(String.class).get();
	}
}
