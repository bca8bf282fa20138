package jp.tsunagu.mapping;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jp.tsunagu.security.Role;
import jp.tsunagu.support.HubIntegrationTest;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small hand-built graphs whose right answer is known: every node gets the id {@code run + key} and a createdAt,
 * so it and its ties are deleted after the test; names start with the run's tag so sorting by name is predictable.
 */
abstract class MappingTestSupport extends HubIntegrationTest {

	static final List<Role> SIGNED_IN = List.of(Role.COORDINATOR, Role.MEMBER_STAFF, Role.COMMISSIONED_VOLUNTEER,
			Role.ANALYST, Role.ADMINISTRATOR);

	final String run = "mapping-" + UUID.randomUUID() + "-";

	String id(String key) {
		return run + key;
	}

	/** Runs one statement made of these parts (CREATE clauses with the node fragments below), {@code $run} bound. */
	void graph(String... parts) {
		write(String.join("\n", parts), "run", run);
	}

	static String organization(String key, String name) {
		return node(key, "Organization:Npo", name, "kind: 'NPO'");
	}

	static String archivedOrganization(String key, String name) {
		return "(%1$s:Organization:Npo {id: $run + '%1$s', name: '%2$s', kind: 'NPO', archived: true, createdAt: datetime()})"
			.formatted(key, name);
	}

	static String network(String key, String name) {
		return node(key, "Network", name, "networkKind: 'LIAISON_COUNCIL'");
	}

	static String staff(String key, String name) {
		return node(key, "Person:StaffMember", name, "generated: false");
	}

	static String volunteer(String key, String name) {
		return node(key, "Person:CommissionedVolunteer", name, "generated: false");
	}

	static String activity(String key, String name) {
		return node(key, "Activity", name, "activityKind: 'FOOD_BANK'");
	}

	static String service(String key, String name) {
		return node(key, "Service", name, "generated: false");
	}

	static String household(String key) {
		return "(%1$s:Household {id: $run + '%1$s', code: 'HH-' + $run + '%1$s', protection: 'NONE', archived: false, createdAt: datetime()})"
			.formatted(key);
	}

	/** A municipality with a made-up code ({@code run + key}), so it holds only what the test puts in it. */
	static String municipality(String key, String name) {
		return "(%1$s:Area:Municipality {id: $run + '%1$s', code: $run + '%1$s', name: '%2$s', archived: false, createdAt: datetime()})"
			.formatted(key, name);
	}

	static String district(String key, String name) {
		return "(%1$s:Area:District {id: $run + '%1$s', code: $run + '%1$s', name: '%2$s', archived: false, createdAt: datetime()})"
			.formatted(key, name);
	}

	private static String node(String key, String labels, String name, String properties) {
		return "(%1$s:%2$s {id: $run + '%1$s', name: '%3$s', %4$s, archived: false, createdAt: datetime()})"
			.formatted(key, labels, name, properties);
	}

	HttpGraphQlTester coordinator() {
		return patient(as(caller(Role.COORDINATOR, "小野市社会福祉協議会", null)));
	}

	HttpGraphQlTester signedIn(Role role) {
		return patient(switch (role) {
			case COORDINATOR -> as(caller(role, "小野市社会福祉協議会", null));
			case MEMBER_STAFF -> as(caller(role, "社会福祉法人きすみ野福祉会", null));
			case COMMISSIONED_VOLUNTEER -> as(caller(role, "小野市民生委員児童委員協議会", "藤原 京子"));
			case ANALYST, ADMINISTRATOR -> as(caller(role, null, null));
		});
	}

	/** The first path or map query of a test JVM is planned cold, which on a busy machine takes longer than 5 s. */
	static HttpGraphQlTester patient(HttpGraphQlTester tester) {
		return tester.mutate().responseTimeout(Duration.ofSeconds(30)).build();
	}

	static void assertBadRequest(GraphQlTester.Response response, String argument, String message) {
		response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST")
				.containsEntry("argument", argument);
			assertThat(error.getMessage()).contains(message);
		}));
	}

	static void assertUnauthorized(GraphQlTester.Response response) {
		response.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("classification", "UNAUTHORIZED")));
	}
}
