package jp.tsunagu.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.GraphQlTester;

import static jp.tsunagu.security.Role.ADMINISTRATOR;
import static jp.tsunagu.security.Role.ANALYST;
import static jp.tsunagu.security.Role.COMMISSIONED_VOLUNTEER;
import static jp.tsunagu.security.Role.COORDINATOR;
import static jp.tsunagu.security.Role.MEMBER_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call what: every protected field against every role and against anonymous callers. A denied caller gets
 * UNAUTHORIZED (not signed in) or FORBIDDEN (wrong role) and no data; a permitted one gets no such error.
 */
class AccessIT extends HubIntegrationTest {

	private static final Set<Role> SIGNED_IN = EnumSet.allOf(Role.class);

	private static final Set<Role> HOUSEHOLD_ROLES = EnumSet.of(COORDINATOR, MEMBER_STAFF, COMMISSIONED_VOLUNTEER);

	/** Document name, and the roles it admits. */
	private static final Map<String, Set<Role>> PROTECTED = Map.ofEntries(
			Map.entry("access-household", HOUSEHOLD_ROLES), Map.entry("access-households", HOUSEHOLD_ROLES),
			Map.entry("access-people", SIGNED_IN), Map.entry("access-organization-staff", SIGNED_IN),
			Map.entry("access-network-members", SIGNED_IN), Map.entry("access-accounts", EnumSet.of(ADMINISTRATOR)),
			Map.entry("access-audit-events", EnumSet.of(ADMINISTRATOR)),
			Map.entry("access-account-changes", EnumSet.of(COORDINATOR, MEMBER_STAFF)),
			Map.entry("access-create-account", EnumSet.of(ADMINISTRATOR)),
			Map.entry("access-create-organization", EnumSet.of(COORDINATOR, ADMINISTRATOR)),
			Map.entry("access-create-district", EnumSet.of(ADMINISTRATOR)),
			Map.entry("access-create-household", EnumSet.of(COORDINATOR, MEMBER_STAFF)),
			Map.entry("access-add-loan", EnumSet.of(COORDINATOR)),
			Map.entry("access-refer-household", EnumSet.of(COORDINATOR)),
			Map.entry("access-referrals", EnumSet.of(COORDINATOR, MEMBER_STAFF)),
			Map.entry("access-referral", EnumSet.of(COORDINATOR, MEMBER_STAFF)),
			Map.entry("access-transition-referral", EnumSet.of(COORDINATOR, MEMBER_STAFF)),
			Map.entry("access-contacts", HOUSEHOLD_ROLES), Map.entry("access-record-contact", HOUSEHOLD_ROLES),
			Map.entry("access-casework-figures", EnumSet.of(COORDINATOR, MEMBER_STAFF)),
			Map.entry("access-discover", SIGNED_IN), Map.entry("access-who-knows", HOUSEHOLD_ROLES),
			Map.entry("access-connection-path", SIGNED_IN), Map.entry("access-neighborhood", SIGNED_IN),
			Map.entry("access-network-map", SIGNED_IN), Map.entry("access-lost-connections", HOUSEHOLD_ROLES),
			Map.entry("access-loan-screening", EnumSet.of(COORDINATOR)),
			Map.entry("access-collaboration-metrics", EnumSet.of(COORDINATOR, ANALYST, ADMINISTRATOR)),
			Map.entry("access-write-collaboration-metrics", EnumSet.of(ANALYST, ADMINISTRATOR)));

	@Autowired
	private GraphQlSource graphQlSource;

	static Stream<Arguments> everyFieldForEveryCaller() {
		List<Arguments> cases = new ArrayList<>();
		List<Role> callers = new ArrayList<>(Arrays.asList(Role.values()));
		callers.add(null);
		for (String document : PROTECTED.keySet().stream().sorted().toList()) {
			for (Role role : callers) {
				cases.add(Arguments.of(document, role == null ? "anonymous" : role.name()));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("everyFieldForEveryCaller")
	void admitsOnlyTheRolesAFieldRequires(String document, String callerName) {
		Role role = callerName.equals("anonymous") ? null : Role.valueOf(callerName);
		GraphQlTester.Response response = tester(role).documentName(document)
			.variable("id", idOfNamed("Organization", "小野市社会福祉協議会"))
			.execute();
		List<ErrorType> denials = new ArrayList<>();
		response.errors().filter(error -> {
			if (error.getErrorType() == ErrorType.UNAUTHORIZED || error.getErrorType() == ErrorType.FORBIDDEN) {
				denials.add((ErrorType) error.getErrorType());
				return true;
			}
			// an organisation's id is no household's: household fields that report a missing one as a bad argument
			return error.getErrorType() == ErrorType.BAD_REQUEST && error.getMessage().startsWith("household: no household");
		}).verify();
		if (role != null && PROTECTED.get(document).contains(role)) {
			assertThat(denials).as(document + " as " + role).isEmpty();
		}
		else {
			assertThat(denials).as(document + " as " + callerName)
				.containsExactly(role == null ? ErrorType.UNAUTHORIZED : ErrorType.FORBIDDEN);
		}
	}

	@Test
	void anonymousCallersSeeThePublicDirectory() {
		anonymous.document("{ organizations(first: 1) { totalCount } services(first: 1) { totalCount } "
				+ "networks(first: 1) { totalCount } areas(first: 1) { totalCount } me { username } }")
			.execute()
			.errors()
			.verify()
			.path("organizations.totalCount")
			.entity(Integer.class)
			.satisfies(count -> assertThat(count).isPositive())
			.path("me")
			.valueIsNull();
	}

	@Test
	void aDeniedFieldSaysWhatItRequiresAndReadsNothing() {
		GraphQlTester.Response response = as(new Caller("test.analyst", ANALYST, null, null))
			.documentName("access-households")
			.execute();
		response.errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			ResponseError error = errors.get(0);
			assertThat(error.getMessage()).isEqualTo(
					"Query.households requires role COORDINATOR or MEMBER_STAFF or COMMISSIONED_VOLUNTEER; you are signed in as ANALYST");
		});
		response.path("households").pathDoesNotExist();
	}

	/** A council's served areas are its coordinators' scope: a coordinator cannot widen their own. */
	@Test
	void onlyAnAdministratorChangesTheAreasAnOrganisationServes() {
		String council = idOfNamed("Organization", "小野市社会福祉協議会");
		Object before = single("MATCH (o:Organization {id: $id}) RETURN [(o)-[:SERVES]->(a) | a.code]", "id", council);

		as(caller(COORDINATOR, "小野市社会福祉協議会", null)).documentName("organization-update")
			.variable("input", Map.of("id", council, "servedAreaCodes", List.of("280003")))
			.execute()
			.path("updateOrganization.errors[*].field[1]")
			.entityList(String.class)
			.containsExactly("servedAreaCodes");

		assertThat(single("MATCH (o:Organization {id: $id}) RETURN [(o)-[:SERVES]->(a) | a.code]", "id", council))
			.isEqualTo(before);
	}

	/** Search and the directory's lists cannot reach a household, a person's support of one, or a referral. */
	@Test
	void noPublicTypeLeadsToAHousehold() {
		var schema = graphQlSource.schema();
		assertThat(((graphql.schema.GraphQLUnionType) schema.getType("SearchResult")).getTypes())
			.extracting(type -> ((graphql.schema.GraphQLNamedType) type).getName())
			.doesNotContain("Household", "Referral", "Person");
		for (String type : List.of("Organization", "Network", "Service", "Activity", "Area", "AreaOverview", "Person")) {
			assertThat(((GraphQLObjectType) schema.getType(type)).getFieldDefinitions())
				.as(type)
				.noneMatch(field -> graphql.schema.GraphQLTypeUtil.unwrapAll(field.getType()).getName()
					.matches("Household.*|Referral.*|Support|Consent|Loan"));
		}
	}

	@Test
	void everyMutationDeclaresWhoMayCallIt() {
		GraphQLObjectType mutation = graphQlSource.schema().getMutationType();
		List<String> unguarded = mutation.getFieldDefinitions()
			.stream()
			.filter(field -> !field.hasAppliedDirective("requires"))
			.map(GraphQLFieldDefinition::getName)
			.toList();
		assertThat(mutation.getFieldDefinitions()).isNotEmpty();
		assertThat(unguarded).isEmpty();
	}

	private GraphQlTester tester(Role role) {
		if (role == null) {
			return anonymous;
		}
		return as(switch (role) {
			case COORDINATOR -> caller(COORDINATOR, "小野市社会福祉協議会", null);
			case MEMBER_STAFF -> caller(MEMBER_STAFF, "社会福祉法人きすみ野福祉会", null);
			case COMMISSIONED_VOLUNTEER -> caller(COMMISSIONED_VOLUNTEER, "小野市民生委員児童委員協議会", "藤原 京子");
			case ANALYST, ADMINISTRATOR -> new Caller("test." + role.name().toLowerCase(), role, null, null);
		});
	}
}
