package jp.tsunagu.organization;

import java.util.List;
import java.util.Map;

import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Names are cleaned before they are checked and stored, and text no person types is refused naming its field. */
class OrganizationNamesIT extends HubIntegrationTest {

	private static final String CREATE = """
			mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) {
			  organization { id name } errors { field message messageEn } } }""";

	@Test
	void aNameWithAnInvisibleCharacterIsTheSameNameAsWithout() {
		GraphQlTester.Response answer = create("小野市社会福祉協議会\u200B");

		assertThat(errors(answer)).containsExactly(
				"name: an organisation named \"小野市社会福祉協議会\" already exists in 282189");
		assertThat(count("MATCH (o:Organization) WHERE o.name STARTS WITH '小野市社会福祉協議会' RETURN count(o)"))
			.isEqualTo(1);
	}

	@Test
	void aNameIsStoredInItsCleanedForm() {
		GraphQlTester.Response answer = create("\uFEFF ＮＰＯ法人　ｻﾎﾟｰﾄ\u202E１２３ ");

		answer.path("createOrganization.errors").entityList(Object.class).hasSize(0);
		answer.path("createOrganization.organization.name").entity(String.class).isEqualTo("NPO法人 サポート123");
		assertThat(single("MATCH (o:Organization {name: 'NPO法人 サポート123'}) RETURN o.name")).isEqualTo("NPO法人 サポート123");
	}

	@Test
	void controlCharactersNonCharactersAndInvisibleNamesAreRefusedNamingTheField() {
		long before = count("MATCH (o:Organization) RETURN count(o)");

		assertThat(errors(create("悪意の会\u0000"))).singleElement().asString().startsWith("name: 制御文字は使えません");
		assertThat(errors(create("\u001B[31m赤い会\u001B[0m"))).singleElement().asString().contains("U+001B");
		GraphQlTester.Response nonCharacter = create("無効の会\uFFFF");
		assertThat(errors(nonCharacter)).singleElement().asString()
			.isEqualTo("name: 使えない文字が含まれています（5文字目の U+FFFF）");
		nonCharacter.path("createOrganization.errors[0].messageEn").entity(String.class)
			.isEqualTo("must not contain Unicode non-characters (U+FFFF at position 5)");
		assertThat(errors(create("\u200B\u200B\u200B"))).singleElement().asString()
			.startsWith("name: 見える文字を入力してください");
		assertThat(count("MATCH (o:Organization) RETURN count(o)")).isEqualTo(before);
	}

	private GraphQlTester.Response create(String name) {
		return graphQl.document(CREATE)
			.variable("input", Map.of("name", name, "kind", "NPO", "locationCode", "282189"))
			.execute();
	}

	@SuppressWarnings("unchecked")
	private static List<String> errors(GraphQlTester.Response answer) {
		answer.errors().verify();
		return answer.path("createOrganization.errors")
			.entityList(Map.class)
			.get()
			.stream()
			.map(error -> ((List<String>) error.get("field")).get(1) + ": " + error.get("message"))
			.toList();
	}
}
