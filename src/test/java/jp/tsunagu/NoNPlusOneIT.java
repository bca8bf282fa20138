package jp.tsunagu;

import java.util.List;
import java.util.Map;

import jp.tsunagu.support.GoldenCypher;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A directory page of organisations with their areas, networks, services and other ties costs the
 * same number of Cypher statements for 5 organisations as for 50, never one per organisation; and the child fields a
 * list's statement can carry (areas, memberships and their networks' members, services and their needs) cost no
 * statement of their own.
 */
class NoNPlusOneIT extends HubIntegrationTest {

	@Test
	void aNestedListCostsAConstantNumberOfStatements() {
		assertThat(count("MATCH (o:Organization) WHERE NOT o.archived RETURN count(o)")).isGreaterThanOrEqualTo(50);

		int forFive = statementsFor(5);
		int forFifty = statementsFor(50);

		// A child field is fetched once for the whole page, and not at all when no parent has children:
		// five may cost less than fifty, but neither may cost a statement per organisation.
		assertThat(forFive).isLessThanOrEqualTo(forFifty);
		// the page with location, servedAreas, operator, facilities, collaborations, memberships and services (with
		// their needs and areas) + the location's parent + fields + staff
		assertThat(forFifty).isLessThanOrEqualTo(4);
	}

	@Test
	void aPageWithItsAreasNetworksAndServicesIsOneStatement() {
		statements.reset();
		graphQl.documentName("organizations-with-children")
			.variable("first", 50)
			.execute()
			.path("organizations.edges")
			.entityList(Object.class)
			.hasSize(50);

		assertThat(statements.count()).isEqualTo(1);
		GoldenCypher.verify(Map.of("organization/page-with-children", statements.texts().get(0)));
	}

	@Test
	void aPageAndItsTotalCountAreOneStatement() {
		statements.reset();
		graphQl.documentName("organizations-of-municipality")
			.variable("area", "272051")
			.variable("first", 20)
			.execute()
			.path("organizations.totalCount")
			.entity(Long.class)
			.satisfies(total -> assertThat(total).isGreaterThan(0));

		assertThat(statements.count()).isEqualTo(1);
	}

	@Test
	void anOrganisationsNetworksAndTheirMembersAreOneStatementAndEqualWhatTheDataLoadersRead() {
		String id = (String) single("""
				MATCH (o:Organization)-[:MEMBER_OF]->(n:Network) WHERE NOT o.archived AND NOT n.archived
				WITH o, count(n) AS networks ORDER BY networks DESC, o.id LIMIT 1
				RETURN o.id AS id""");

		statements.reset();
		List<Map<String, Object>> memberships = graphQl.documentName("organization-networks-members")
			.variable("id", id)
			.execute()
			.path("organization.memberships")
			.entityList(mapType())
			.get();

		assertThat(memberships).isNotEmpty();
		// the organisation, its memberships, their networks' members, then the member organisations' own children,
		// which a union member does not carry: one statement each for location, servedAreas, memberships, services
		assertThat(statements.count()).isLessThanOrEqualTo(5);
		GoldenCypher.verify(Map.of("organization/one-with-networks-and-members", statements.texts().get(0)));

		// each member organisation's children, read by the data loaders, equal the same organisation's children read in
		// the organisation's own statement
		memberships.stream()
			.flatMap(membership -> members(membership).stream())
			.map(member -> asMap(member.get("member")))
			.filter(member -> "Organization".equals(member.get("__typename")))
			.limit(5)
			.forEach(member -> {
				Map<String, Object> carried = graphQl.documentName("organization-networks-members")
					.variable("id", member.get("id"))
					.execute()
					.path("organization")
					.entity(mapType())
					.get();
				assertThat(carried.get("name")).isEqualTo(member.get("name"));
				for (String field : List.of("location", "servedAreas", "services")) {
					assertThat(carried.get(field)).as("%s of %s", field, member.get("name")).isEqualTo(member.get(field));
				}
				assertThat(memberships(carried)).as("memberships of %s", member.get("name"))
					.isEqualTo(memberships(member));
			});
	}

	private static List<Map<String, Object>> members(Map<String, Object> membership) {
		return asList(asMap(membership.get("network")).get("members"));
	}

	/** Each membership as role and network id. */
	private static List<String> memberships(Map<String, Object> organization) {
		return asList(organization.get("memberships")).stream()
			.map(m -> m.get("role") + " " + asMap(m.get("network")).get("id"))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> asList(Object value) {
		return (List<Map<String, Object>>) value;
	}

	private static org.springframework.core.ParameterizedTypeReference<Map<String, Object>> mapType() {
		return new org.springframework.core.ParameterizedTypeReference<>() {
		};
	}

	private int statementsFor(int organizations) {
		statements.reset();
		graphQl.documentName("organizations-with-ties")
			.variable("first", organizations)
			.execute()
			.path("organizations.edges")
			.entityList(Object.class)
			.hasSize(organizations);
		return statements.count();
	}
}
