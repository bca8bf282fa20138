package jp.tsunagu.naming;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.tsunagu.security.Role;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/** こども, 子ども and 子供 as one, and 障がい and 障害: in the directory search, in the duplicate check of a new organisation, in an import. */
class SpellingVariantsIT extends HubIntegrationTest {

	private static final String CREATE = """
			mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) {
			  organization { id name } errors { field message messageJa messageEn } } }""";

	@Autowired
	WebTestClient web;

	@AfterEach
	void removeFixtures() {
		write("""
				MATCH (o:Organization) WHERE o.name CONTAINS 'ひだまりテスト' OR o.name CONTAINS 'つなぐテスト病院'
				  OR o.name CONTAINS 'つなぐテスト相談室'
				DETACH DELETE o""");
	}

	@Test
	void kanaAndKanjiSpellingsFindTheSameEntries() {
		Set<String> byKanji = Set.copyOf(ids("子供食堂"));
		assertThat(byKanji).hasSizeGreaterThanOrEqualTo(4)
			.contains(idOfNamed("Organization", "NPO法人日向こども食堂ひろば"),
					idOfNamed("Organization", "NPO法人吹田こども食堂ネットワーク"), idOfNamed("Activity", "矢野口子ども食堂"), idOfNamed("Service", "矢野口子ども食堂（食事と居場所）"));
		assertThat(Set.copyOf(ids("こども食堂"))).isEqualTo(byKanji);
		assertThat(Set.copyOf(ids("子ども食堂"))).isEqualTo(byKanji);
	}

	@Test
	void anExactSpellingRanksAboveAHitByReadingOnly() {
		created(create("子供食堂ひだまりテスト", "282189"));
		created(create("こども食堂ひだまりテスト", "272051"));
		awaitIndexes();
		assertThat(names("子供食堂ひだまりテスト")).containsExactly("子供食堂ひだまりテスト", "こども食堂ひだまりテスト");
		assertThat(names("こども食堂ひだまりテスト")).containsExactly("こども食堂ひだまりテスト", "子供食堂ひだまりテスト");
	}

	@Test
	void aPlaceNameIsNotSoughtByItsReading() {
		// 小野 is sought as written: names that only read alike (大野, おおの) are not found, and the reading of the
		// names does not change the answer over their name, kana and description
		List<String> hub = ids("小野");
		List<String> byNotation = driver.session().executeRead(tx -> tx.run("""
				CALL db.index.fulltext.queryNodes('directory_text', 'name:"小野" OR nameKana:"小野" OR description:"小野"')
				YIELD node WHERE NOT coalesce(node.archived, false) RETURN node.id AS id""").list(r -> r.get("id").asString()));
		assertThat(hub).containsExactlyInAnyOrderElementsOf(byNotation);
	}

	@Test
	void aNewOrganisationWithTheSameNameWrittenInKanaIsRefused() {
		created(create("子供食堂ひだまりテスト", "282189"));
		GraphQlTester.Response refused = create("こども食堂ひだまりテスト", "282189");
		refused.path("createOrganization.organization").valueIsNull();
		refused.path("createOrganization.errors[0].messageJa").entity(String.class)
			.isEqualTo("「子供食堂ひだまりテスト」が同じ地域に登録されています（同じ名前の表記ちがい）");
		assertThat(count("MATCH (o:Organization) WHERE o.name CONTAINS 'ひだまりテスト' RETURN count(o)")).isEqualTo(1);
	}

	@Test
	void 障がいAnd障害FindEachOther() {
		created(create("障がい者つなぐテスト相談室", "282189"));
		created(create("障害児つなぐテスト相談室", "282189"));
		awaitIndexes();
		assertThat(names("障害者つなぐテスト相談室")).first().isEqualTo("障がい者つなぐテスト相談室");
		assertThat(names("障がい児つなぐテスト相談室")).first().isEqualTo("障害児つなぐテスト相談室");
		GraphQlTester.Response refused = create("障害者つなぐテスト相談室", "282189");
		refused.path("createOrganization.organization").valueIsNull();
	}

	@Test
	void homophonesInOtherKanjiAreNotTheSameName() {
		created(create("市立つなぐテスト病院", "282189"));
		created(create("私立つなぐテスト病院", "282189"));
	}

	@Test
	void anImportRowSpelledInKanaIsADuplicateCandidate() {
		write("""
				MATCH (m:Area {code: '282189'})
				CREATE (o:Organization:Npo {id: randomUUID(), name: '子供食堂ひだまりテスト', address: '小野市本町1-2-3',
				        createdAt: datetime(), generated: false, archived: false})
				CREATE (o)-[:LOCATED_IN]->(m)""");
		String file = "法人名,種別,市区町村コード,所在地\nこども食堂ひだまりテスト,NPO法人,282189,小野市本町１－２－３\n";
		Map<String, Object> report = web.post()
			.uri("/imports")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token(caller(Role.COORDINATOR, "小野市社会福祉協議会", null)))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(parts(file)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> duplicates = (List<Map<String, Object>>) report.get("duplicates");
		assertThat(duplicates).singleElement().satisfies(duplicate -> {
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> candidates = (List<Map<String, Object>>) duplicate.get("candidates");
			assertThat(candidates).extracting(candidate -> candidate.get("name")).containsExactly("子供食堂ひだまりテスト");
		});
	}

	private static org.springframework.util.MultiValueMap<String, org.springframework.http.HttpEntity<?>> parts(String csv) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "variants.csv";
			}
		});
		body.part("kind", "organizations");
		return body.build();
	}

	private GraphQlTester.Response create(String name, String location) {
		return graphQl.document(CREATE)
			.variable("input", Map.of("name", name, "kind", "NPO", "locationCode", location))
			.execute();
	}

	private static void created(GraphQlTester.Response response) {
		response.path("createOrganization.errors").entityList(Object.class).hasSize(0);
	}

	private List<String> ids(String text) {
		return search(text).path("search.edges[*].node.node.id").entityList(String.class).get();
	}

	private List<String> names(String text) {
		return search(text).path("search.edges[*].node.node.name").entityList(String.class).get();
	}

	private GraphQlTester.Response search(String text) {
		return graphQl.documentName("search")
			.variable("text", text)
			.variable("types", null)
			.variable("first", 100)
			.variable("after", null)
			.execute();
	}

	private void awaitIndexes() {
		try (var session = driver.session()) {
			session.run("CALL db.awaitIndexes(60)").consume();
		}
	}
}
