package jp.tsunagu.naming;

import java.util.List;
import java.util.Map;

import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Japanese names where the API takes area and need codes, notation variants in search, messages in the caller's language. */
class JapaneseInputIT extends HubIntegrationTest {

	private static final String GAPS = "query($area: String!) { serviceGaps(area: $area) { area { code } uncovered { need { code } kind } farOnly { need { code } kind } } }";

	private static final String DISCOVER = """
			query($needs: [String!], $area: String) { discover(needs: $needs, area: $area, preventive: false, first: 50) {
			  edges { node { service { name } } } unaddressed { need { code } } } }""";

	@Test
	void anAreaIsNamedByItsNameItsShortNameItsPrefectureOrItsReading() {
		Object byCode = gaps("282189").path("serviceGaps").entity(Map.class).get();
		for (String name : List.of("小野市", "小野", "兵庫県小野市", "兵庫県　小野市", "おのし", "ｵﾉｼ")) {
			gaps(name).path("serviceGaps").entity(Map.class).isEqualTo(byCode);
		}
		graphQl.document("query($code: String!) { area(code: $code) { code } }").variable("code", "鶴ヶ田町")
			.execute().errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
		graphQl.document("query($code: String!) { area(code: $code) { code } }").variable("code", "鶴田町")
			.execute().path("area.code").entity(String.class).isEqualTo("023841");
	}

	@Test
	void needsAreNamedByTheirJapaneseOrEnglishLabel() {
		List<String> byCode = narrower("employment");
		assertThat(byCode).contains("unemployment");
		for (String label : List.of("就労", "Employment and work", "ＥＭＰＬＯＹＭＥＮＴ ＡＮＤ ＷＯＲＫ")) {
			assertThat(narrower(label)).as(label).isEqualTo(byCode);
		}
		graphQl.document("query($code: String!) { need(code: $code) { code } }").variable("code", "ヒキコモリ")
			.execute().path("need.code").entity(String.class).isEqualTo("hikikomori");
	}

	@Test
	void anAmbiguousNameListsItsCandidatesAndTheFullNameStillWorks() {
		write("""
				CREATE (p:Area:Prefecture {id: randomUUID(), code: '070009', name: '福島県', nameKana: 'ふくしまけん',
				  archived: false, createdAt: datetime()})
				CREATE (m:Area:Municipality {id: randomUUID(), code: '075221', name: '小野町', nameKana: 'おのまち',
				  archived: false, createdAt: datetime()})-[:PART_OF]->(p)""");
		ResponseError error = singleError(graphQl, GAPS, Map.of("area", "小野"));
		assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
		assertThat(error.getMessage()).startsWith("area: 「小野」に当てはまる地域が複数あります")
			.contains("小野市（兵庫県, 282189）", "小野町（福島県, 075221）");
		assertThat(error.getExtensions()).containsEntry("argument", "area").containsKeys("messageJa", "messageEn");
		assertThat((String) error.getExtensions().get("messageEn")).startsWith("\"小野\" names several areas")
			.contains("小野市 (兵庫県, 282189)");
		gaps("小野市").path("serviceGaps.area.code").entity(String.class).isEqualTo("282189");
		gaps("福島県小野町").path("serviceGaps.area.code").entity(String.class).isEqualTo("075221");
	}

	@Test
	void anUnknownNameIsRefusedInTheCallersLanguage() {
		ResponseError japanese = singleError(graphQl, GAPS, Map.of("area", "どこにもない市"));
		assertThat(japanese.getMessage()).isEqualTo("area: 「どこにもない市」という名前の地域はありません");
		HttpGraphQlTester english = graphQl.mutate().header("Accept-Language", "en-GB,en;q=0.9,ja;q=0.5").build();
		ResponseError inEnglish = singleError(english, GAPS, Map.of("area", "どこにもない市"));
		assertThat(inEnglish.getMessage()).isEqualTo("area: no area is named \"どこにもない市\"");
		assertThat(inEnglish.getExtensions()).containsEntry("messageJa", "「どこにもない市」という名前の地域はありません");
		HttpGraphQlTester japaneseFirst = graphQl.mutate().header("Accept-Language", "ja,en;q=0.8").build();
		assertThat(singleError(japaneseFirst, DISCOVER, Map.of("needs", List.of("存在しない課題"), "area", "282189"))
			.getMessage()).isEqualTo("needs: 「存在しない課題」という課題（ニーズ）はありません");
	}

	@Test
	void aMutationTakesANamedAreaAndAnUnknownOneIsItsUserError() {
		String create = """
				mutation($location: String!) { createOrganization(input: {name: "名前で地域を指定した法人", kind: NPO,
				  locationCode: $location}) { organization { location { code } } errors { field message } } }""";
		graphQl.document(create).variable("location", "兵庫県小野市").execute()
			.path("createOrganization.organization.location.code").entity(String.class).isEqualTo("282189");
		graphQl.document(create).variable("location", "どこにもない市").execute()
			.path("createOrganization.errors[0].field").entityList(String.class).containsExactly("input", "locationCode");
	}

	@Test
	void anOrganisationsFieldsMayBeNamedByTheirLabels() {
		String create = """
				mutation($fields: [String!]) { createOrganization(input: {name: "分野を名前で指定した法人", kind: NPO,
				  locationCode: "282189", fieldCodes: $fields}) { organization { fields { code } } errors { field } } }""";
		assertThat(graphQl.document(create).variable("fields", List.of("高齢", "Employment and work")).execute()
			.path("createOrganization.organization.fields[*].code").entityList(String.class).get())
			.containsExactlyInAnyOrder("elderly", "employment");
	}

	@Test
	void searchFindsReadingsWhateverTheKanaOrWidth() {
		for (String text : List.of("おの", "オノ", "ｵﾉ")) {
			List<String> names = graphQl.document("query($text: String!) { search(text: $text, first: 100) { edges { node { node { ... on Organization { name } } } } } }")
				.variable("text", text)
				.execute()
				.path("search.edges[*].node.node.name")
				.entityList(String.class)
				.get();
			assertThat(names).as(text).contains("小野市社会福祉協議会");
		}
	}

	private GraphQlTester.Response gaps(String area) {
		return graphQl.document(GAPS).variable("area", area).execute();
	}

	private List<String> narrower(String broader) {
		return graphQl.document("query($broader: String) { needs(broader: $broader) { code } }").variable("broader", broader)
			.execute().path("needs[*].code").entityList(String.class).get();
	}

	private static ResponseError singleError(HttpGraphQlTester tester, String document, Map<String, Object> variables) {
		GraphQlTester.Request<?> request = tester.document(document);
		variables.forEach(request::variable);
		ResponseError[] found = new ResponseError[1];
		request.execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			found[0] = errors.get(0);
		});
		return found[0];
	}
}
