package jp.tsunagu.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jp.tsunagu.security.Role;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Saving and reading how a service or an organisation is reached, against the embedded hub. */
class DirectoryIT extends HubIntegrationTest {

	static final String ONO = "282189";

	private static final String SAVE = """
			mutation($input: DirectoryEntryInput!) { saveDirectoryEntry(input: $input) {
			  entry { email url feesDescription applicationProcess requiredDocuments generated
			    phones { number extension type description }
			    locations { name postalCode prefecture municipality municipalityCode town streetNumber building
			      latitude longitude geocoded accessibility transportation }
			    schedules { byDay opensAt closesAt validFrom description }
			    costOptions { option amount currency amountDescription }
			    languages { code name } }
			  errors { field message messageJa messageEn } } }""";

	private String provider;

	private String service;

	@BeforeEach
	void createProviderAndService() {
		provider = (String) single("""
				CREATE (o:Organization:Npo {id: randomUUID(), name: 'NPO法人連絡先検証の会', kind: 'NPO', archived: false,
				  generated: false, createdAt: datetime()})
				RETURN o.id""");
		service = (String) single("""
				MATCH (o:Organization {id: $provider}), (m:Municipality {code: $ono}), (n:Need {code: 'isolation'})
				CREATE (o)-[:PROVIDES]->(s:Service {id: randomUUID(), name: '連絡先検証サロン', archived: false,
				  generated: false, createdAt: datetime()})-[:AVAILABLE_IN]->(m), (s)-[:ADDRESSES]->(n)
				RETURN s.id""", "provider", provider, "ono", ONO);
	}

	@Test
	void savesAndReadsAServicesEntryWithTheAddressInItsJapaneseParts() {
		GraphQlTester.Response response = save(Map.ofEntries(Map.entry("ownerId", service),
				Map.entry("email", "salon@example.jp"), Map.entry("url", "https://example.jp/salon"),
				Map.entry("phones", List.of(Map.of("number", "０７９４－６３－０００１", "description", "代表"),
						Map.of("number", "0794-63-0002", "type", "fax"))),
				Map.entry("locations", List.of(Map.of("name", "うるおい交流館エクラ", "postalCode", "6751372",
						"municipalityCode", ONO, "town", "王子町", "streetNumber", "８００－１", "building", "2階",
						"accessibility", List.of("車いすで入れます"), "transportation", "神戸電鉄小野駅から徒歩10分"))),
				Map.entry("schedules", List.of(Map.of("byDay", List.of("MO", "WE", "FR"), "opensAt", "09:00", "closesAt",
						"17:00", "validFrom", "2026-04-01", "description", "祝日・年末年始は休み"))),
				Map.entry("costOptions", List.of(Map.of("option", "1回", "amount", 300, "amountDescription", "お茶代"))),
				Map.entry("feesDescription", "お茶代のみ"), Map.entry("languages", List.of("ja", "vi")),
				Map.entry("applicationProcess", "電話で申し込み"), Map.entry("requiredDocuments", List.of("本人確認書類")),
				Map.entry("generated", true)));

		response.path("saveDirectoryEntry.errors").entityList(Object.class).hasSize(0);
		response.path("saveDirectoryEntry.entry.phones[0].number").entity(String.class).isEqualTo("0794-63-0001");
		response.path("saveDirectoryEntry.entry.phones[1].type").entity(String.class).isEqualTo("fax");
		response.path("saveDirectoryEntry.entry.locations[0].postalCode").entity(String.class).isEqualTo("675-1372");
		response.path("saveDirectoryEntry.entry.locations[0].prefecture").entity(String.class).isEqualTo("兵庫県");
		response.path("saveDirectoryEntry.entry.locations[0].municipality").entity(String.class).isEqualTo("小野市");
		response.path("saveDirectoryEntry.entry.locations[0].streetNumber").entity(String.class).isEqualTo("800-1");
		response.path("saveDirectoryEntry.entry.locations[0].geocoded").entity(Boolean.class).isEqualTo(true);
		Double municipalityLatitude = ((Number) single("MATCH (m:Municipality {code: $ono}) RETURN m.latitude", "ono", ONO))
			.doubleValue();
		response.path("saveDirectoryEntry.entry.locations[0].latitude").entity(Double.class)
			.isEqualTo(municipalityLatitude);
		response.path("saveDirectoryEntry.entry.locations[0].accessibility").entityList(String.class)
			.containsExactly("車いすで入れます");
		response.path("saveDirectoryEntry.entry.schedules[0].byDay").entityList(String.class)
			.containsExactly("MO", "WE", "FR");
		response.path("saveDirectoryEntry.entry.costOptions[0].currency").entity(String.class).isEqualTo("JPY");
		response.path("saveDirectoryEntry.entry.languages[*].code").entityList(String.class).containsExactly("ja", "vi");
		response.path("saveDirectoryEntry.entry.generated").entity(Boolean.class).isEqualTo(true);

		// read back through the service, and the entry replaced as a whole
		graphQl.document("query($id: ID!) { service(id: $id) { directory { email locations { town building } } } }")
			.variable("id", service)
			.execute()
			.path("service.directory.locations[0].town")
			.entity(String.class)
			.isEqualTo("王子町");
		save(Map.of("ownerId", service, "phones", List.of(Map.of("number", "0794-63-0003"))))
			.path("saveDirectoryEntry.entry.locations")
			.entityList(Object.class)
			.hasSize(0);
		assertThat(count("""
				MATCH (s:Service {id: $id})-[:HAS_SERVICE_AT_LOCATION|HAS_PHONE|HAS_SCHEDULE|HAS_COST_OPTION*1..4]->(n)
				RETURN count(DISTINCT n)""", "id", service)).isEqualTo(1);
		assertThat(count("MATCH (n:Location) WHERE n.createdAt >= $started RETURN count(n)", "started", started()))
			.isZero();
	}

	@Test
	void givenCoordinatesAreKeptAndAnOrganisationHasItsOffice() {
		GraphQlTester.Response response = save(Map.of("ownerId", provider, "url", "https://npo.example.jp",
				"locations", List.of(Map.of("name", "事務所", "municipalityCode", ONO, "latitude", 34.85, "longitude", 134.93))));

		response.path("saveDirectoryEntry.errors").entityList(Object.class).hasSize(0);
		response.path("saveDirectoryEntry.entry.locations[0].geocoded").entity(Boolean.class).isEqualTo(false);
		response.path("saveDirectoryEntry.entry.locations[0].latitude").entity(Double.class).isEqualTo(34.85);
		response.path("saveDirectoryEntry.entry.url").entity(String.class).isEqualTo("https://npo.example.jp");
	}

	@Test
	void reportsEveryBadValueInJapaneseAndEnglishAndWritesNothing() {
		List<Map<String, Object>> errors = save(Map.of("ownerId", service, "email", "not-an-address", "url",
				"ftp://example.jp", "phones", List.of(Map.of("number", "12-34", "type", "pigeon")), "locations",
				List.of(Map.of("name", " ", "postalCode", "67-51372", "municipalityCode", "282180"), Map.of("name", "x",
						"municipalityCode", "999997", "latitude", 34.0)),
				"schedules", List.of(Map.of("byDay", List.of("MON"), "opensAt", "17:00", "closesAt", "09:00")),
				"costOptions", List.of(Map.of("amount", -1, "currency", "yen")), "languages", List.of("日本語")))
			.path("saveDirectoryEntry.errors")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();

		assertThat(errors).extracting(error -> String.join(".", (List<String>) error.get("field")))
			.containsExactlyInAnyOrder("input.email", "input.url", "input.phones.0.number", "input.phones.0.type",
					"input.locations.0.name", "input.locations.0.postalCode", "input.locations.0.municipalityCode",
					"input.locations.1.municipalityCode", "input.locations.1.longitude", "input.schedules.0.byDay",
					"input.schedules.0.closesAt", "input.costOptions.0.amount", "input.costOptions.0.currency",
					"input.languages.0");
		assertThat(errors).allSatisfy(error -> {
			assertThat(error.get("message")).isEqualTo(error.get("messageJa"));
			assertThat((String) error.get("messageJa")).isNotBlank().doesNotContain(" / ");
			assertThat((String) error.get("messageEn")).isNotBlank().doesNotContain(" / ");
		});
		assertThat(errors).filteredOn(error -> ((List<?>) error.get("field")).contains("municipalityCode"))
			.extracting(error -> (String) error.get("messageEn"))
			.anySatisfy(message -> assertThat(message).contains("check digit"))
			.anySatisfy(message -> assertThat(message).contains("no municipality"));
		assertThat(count("MATCH (n) WHERE n.createdAt >= $started AND (n:Location OR n:Phone OR n:Schedule) RETURN count(n)",
				"started", started())).isZero();
	}

	@Test
	void serviceOnlyDetailsAreRefusedForAnOrganisationAndAnUnknownOwnerIsNamed() {
		List<Map<String, Object>> errors = save(Map.of("ownerId", provider, "languages", List.of("ja"),
				"applicationProcess", "窓口で"))
			.path("saveDirectoryEntry.errors")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(errors).extracting(error -> (String) ((List<?>) error.get("field")).get(1))
			.containsExactlyInAnyOrder("languages", "applicationProcess");

		save(Map.of("ownerId", "no-such-owner")).path("saveDirectoryEntry.errors[0].field[1]")
			.entity(String.class)
			.isEqualTo("ownerId");
	}

	@Test
	void aCommissionedVolunteerMayNotSaveAnEntry() {
		as(caller(Role.COMMISSIONED_VOLUNTEER, "小野市社会福祉協議会", null)).document(SAVE)
			.variable("input", Map.of("ownerId", service, "email", "x@example.jp"))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).isNotEmpty());
		assertThat(count("MATCH (s:Service {id: $id}) WHERE s.email IS NOT NULL RETURN count(s)", "id", service)).isZero();
	}

	@Test
	void theDemosServicesInTwoTownsCanBeReachedAndSayTheirDetailsAreInvented() {
		for (String name : List.of("ほっとかへんネットワーカーによる生活再建相談（小野市）", "特例貸付借受世帯へのフォローアップ相談（宝塚市）")) {
			GraphQlTester.Response response = anonymous
				.document("""
						query($id: ID!) { service(id: $id) { directory { generated phones { number }
						  locations { municipality postalCode geocoded } schedules { byDay opensAt closesAt } } } }""")
				.variable("id", idOfNamed("Service", name))
				.execute();
			response.path("service.directory.generated").entity(Boolean.class).isEqualTo(true);
			response.path("service.directory.phones[0].number").entity(String.class)
				.satisfies(number -> assertThat(DirectoryRules.phoneProblem(number)).isEmpty());
			response.path("service.directory.locations[0].postalCode").entity(String.class)
				.satisfies(code -> assertThat(code).matches("\\d{3}-\\d{4}"));
			response.path("service.directory.schedules[0].byDay").entityList(String.class)
				.contains("MO", "FR");
		}
		assertThat(count("""
				MATCH (s:Service)-[:HAS_SERVICE_AT_LOCATION]->()-[:HAS_LOCATION]->(:Location)-[:HAS_ADDRESS]->(a:Address)
				WHERE s.directoryGenerated
				RETURN count(DISTINCT a.municipalityCode)""")).isGreaterThanOrEqualTo(2);
	}

	private GraphQlTester.Response save(Map<String, Object> input) {
		return graphQl.document(SAVE).variable("input", input).execute();
	}
}
