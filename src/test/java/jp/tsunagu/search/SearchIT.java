package jp.tsunagu.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class SearchIT extends HubIntegrationTest {

	@Test
	void findsJapaneseSubstringsAcrossKinds() {
		GraphQlTester.Response response = search("小野", null, 50, null);
		List<String> names = response.path("search.edges[*].node.node.name").entityList(String.class).get();
		// Names, readings and descriptions are searched: 小野市's corporations match through their descriptions.
		assertThat(names).contains("小野市社会福祉協議会");
		assertThat(response.path("search.edges[*].node.node.__typename").entityList(String.class).get())
			.contains("Organization", "Network");
	}

	@Test
	void everyWordMustAppearAndTypesNarrowTheSearch() {
		List<String> services = search("フードバンク 太子町", List.of("SERVICE"), 20, null)
			.path("search.edges[*].node.node")
			.entityList(Map.class)
			.get()
			.stream()
			.map(node -> (String) node.get("name"))
			.toList();
		assertThat(services).contains("フードバンク：食品・日用品の配布（太子町）");
		search("フードバンク 太子町", List.of("SERVICE"), 20, null)
			.path("search.edges[*].node.node.__typename")
			.entityList(String.class)
			.satisfies(types -> assertThat(types).containsOnly("Service"));
	}

	@Test
	void archivedEntriesAreLeftOutAndLuceneSyntaxIsTakenLiterally() {
		String id = graphQl.document("""
				mutation { createOrganization(input: {name: "検索テスト用アーカイブ法人", kind: NPO, locationCode: "282189"}) {
				  organization { id } } }""").execute().path("createOrganization.organization.id").entity(String.class).get();
		awaitIndexes();
		search("検索テスト用アーカイブ", null, 10, null).path("search.totalCount").entity(Integer.class).isEqualTo(1);
		graphQl.document("mutation($id: ID!) { archiveOrganization(input: {id: $id}) { errors { message } } }")
			.variable("id", id)
			.execute();
		awaitIndexes();
		search("検索テスト用アーカイブ", null, 10, null).path("search.totalCount").entity(Integer.class).isEqualTo(0);
		int plain = search("小野", null, 10, null).path("search.totalCount").entity(Integer.class).get();
		search("小野 AND OR \"*", null, 10, null).path("search.totalCount").entity(Integer.class).isEqualTo(plain);
	}

	@Test
	void pagesByRelevanceWithoutRepeats() {
		GraphQlTester.Response first = search("社会福祉", null, 5, null);
		int total = first.path("search.totalCount").entity(Integer.class).get();
		assertThat(total).isGreaterThan(5);
		List<String> ids = new ArrayList<>(first.path("search.edges[*].node.node.id").entityList(String.class).get());
		String cursor = first.path("search.pageInfo.endCursor").entity(String.class).get();
		ids.addAll(search("社会福祉", null, 5, cursor).path("search.edges[*].node.node.id").entityList(String.class).get());
		assertThat(ids).hasSize(10).doesNotHaveDuplicates();
	}

	@Test
	void refusesEmptyText() {
		search(" ", null, 5, null).errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).isEqualTo("text: must not be empty")));
	}

	@Test
	void theVocabularyListsEveryEnumInJapanese() {
		graphQl.document("{ vocabulary { name values { value labelJa } } }")
			.execute()
			.path("vocabulary[?(@.name == 'OrganizationKind')].values[?(@.value == 'COUNCIL')].labelJa")
			.entityList(String.class)
			.containsExactly("社会福祉協議会")
			.path("vocabulary[*].name")
			.entityList(String.class)
			.contains("RepaymentStatus", "StaffRole", "NetworkKind", "HouseholdFlag");
	}

	private void awaitIndexes() {
		try (var session = driver.session()) {
			session.run("CALL db.awaitIndexes(60)").consume();
		}
	}

	private GraphQlTester.Response search(String text, List<String> types, int first, String after) {
		return graphQl.documentName("search")
			.variable("text", text)
			.variable("types", types)
			.variable("first", first)
			.variable("after", after)
			.execute();
	}
}
