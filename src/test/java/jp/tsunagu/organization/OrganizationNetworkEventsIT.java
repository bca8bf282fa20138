package jp.tsunagu.organization;

import java.util.List;
import java.util.Map;

import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organisation's writes that change what a network shows (its member's name) or counts among its members (an
 * archived member) announce NETWORK_CHANGED for each network it belongs to, in the transaction of the write, to the
 * network's members and the areas it covers; other changes announce nothing.
 */
class OrganizationNetworkEventsIT extends HubIntegrationTest {

	private static final String AREA = "282189";

	@Test
	@SuppressWarnings("unchecked")
	void renamingOrArchivingAMemberAnnouncesItsNetworksChange() {
		String member = organization("テスト連絡会員団体");
		String other = organization("テスト連絡会員団体その2");
		String network = network("テスト福祉連絡会");
		String unrelated = network("テスト無関係の連絡会");
		addMember(network, member);
		addMember(network, other);
		addMember(unrelated, other);
		long before = events(member).size();

		update(Map.of("id", member, "description", "説明だけの変更"));
		assertThat(events(member)).as("a change the network does not show announces nothing").hasSize((int) before);

		update(Map.of("id", member, "name", "テスト連絡会員団体（新名称）"));
		List<Map<String, Object>> renamed = events(member);
		assertThat(renamed).hasSize((int) before + 1);
		Map<String, Object> rename = renamed.get(renamed.size() - 1);
		assertThat((String) rename.get("payload")).contains("\"change\":\"MEMBER_RENAMED\"", network)
			.doesNotContain(unrelated);
		assertThat((List<Object>) rename.get("organizationIds")).containsExactlyInAnyOrder(member, other);
		assertThat((List<Object>) rename.get("areaCodes")).containsExactly(AREA);

		graphQl.document("mutation($id: ID!) { archiveOrganization(input: {id: $id}) { errors { field } } }")
			.variable("id", member)
			.execute()
			.path("archiveOrganization.errors").entityList(Object.class).hasSize(0);
		List<Map<String, Object>> archived = events(member);
		assertThat(archived).hasSize((int) before + 2);
		assertThat((String) archived.get(archived.size() - 1).get("payload")).contains("\"change\":\"MEMBER_ARCHIVED\"",
				network);
	}

	/** NETWORK_CHANGED events of this test whose payload names the organisation as the member, oldest first. */
	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> events(String memberId) {
		return driver.executableQuery("""
				MATCH (e:OutboxEvent {kind: 'NETWORK_CHANGED'}) WHERE e.createdAt >= $started AND e.payload CONTAINS $member
				RETURN e {.payload, .organizationIds, .areaCodes} AS e ORDER BY e.sequence""")
			.withParameters(Map.of("started", started(), "member", memberId))
			.execute()
			.records()
			.stream()
			.map(record -> (Map<String, Object>) (Map<?, ?>) record.get("e").asMap())
			.toList();
	}

	private String organization(String name) {
		GraphQlTester.Response created = graphQl.document("""
				mutation($input: CreateOrganizationInput!) {
				  createOrganization(input: $input) { organization { id } errors { field message } }
				}""")
			.variable("input", Map.of("name", name + "-" + System.nanoTime(), "kind", "NPO", "locationCode", AREA))
			.execute();
		created.path("createOrganization.errors").entityList(Object.class).hasSize(0);
		return created.path("createOrganization.organization.id").entity(String.class).get();
	}

	private String network(String name) {
		GraphQlTester.Response created = graphQl.document("""
				mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { network { id } errors { field message } } }""")
			.variable("input", Map.of("name", name + "-" + System.nanoTime(), "kind", "LIAISON_COUNCIL",
					"coveredAreaCodes", List.of(AREA)))
			.execute();
		created.path("createNetwork.errors").entityList(Object.class).hasSize(0);
		return created.path("createNetwork.network.id").entity(String.class).get();
	}

	private void addMember(String networkId, String memberId) {
		graphQl.document("mutation($input: AddMemberInput!) { addMember(input: $input) { errors { field message } } }")
			.variable("input", Map.of("networkId", networkId, "memberId", memberId))
			.execute()
			.path("addMember.errors").entityList(Object.class).hasSize(0);
	}

	private void update(Map<String, Object> input) {
		graphQl.document("""
				mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { errors { field message } } }""")
			.variable("input", input)
			.execute()
			.path("updateOrganization.errors").entityList(Object.class).hasSize(0);
	}
}
