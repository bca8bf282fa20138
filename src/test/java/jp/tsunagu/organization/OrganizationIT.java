package jp.tsunagu.organization;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class OrganizationIT extends HubIntegrationTest {

	static final String ONO = "282189";

	@Test
	void createsAFacilityOperatedByACorporationInOneTransaction() {
		String corporation = create(Map.of("name", "社会福祉法人テスト福祉会", "kind", "SOCIAL_WELFARE_CORPORATION",
				"locationCode", ONO, "corporateNumber", "7000012050002"));

		GraphQlTester.Response response = graphQl.documentName("organization-create")
			.variable("input", Map.of("name", "特別養護老人ホームテスト苑", "kind", "FACILITY", "facilityField", "ELDERLY",
					"locationCode", ONO, "servedAreaCodes", List.of(ONO), "operatorId", corporation))
			.execute();

		response.path("createOrganization.errors").entityList(Object.class).hasSize(0);
		response.path("createOrganization.organization.kindLabelJa").entity(String.class).isEqualTo("福祉施設");
		response.path("createOrganization.organization.facilityFieldLabelJa").entity(String.class).isEqualTo("高齢");
		response.path("createOrganization.organization.location.code").entity(String.class).isEqualTo(ONO);
		response.path("createOrganization.organization.operator.id").entity(String.class).isEqualTo(corporation);
		response.path("createOrganization.organization.generated").entity(Boolean.class).isEqualTo(false);
		String facility = response.path("createOrganization.organization.id").entity(String.class).get();
		assertThat(count("""
				MATCH (c:Organization:SocialWelfareCorporation {id: $c})-[:OPERATES]->(f:Organization:Facility {id: $f})
				      -[:LOCATED_IN]->(:Municipality {code: $ono})
				MATCH (f)-[:SERVES]->(:Municipality {code: $ono})
				RETURN count(*)""", "c", corporation, "f", facility, "ono", ONO)).isEqualTo(1);
	}

	@Test
	void reportsEveryProblemOfAnInputAndWritesNothing() {
		long before = count("MATCH (o:Organization) RETURN count(o)");

		graphQl.documentName("organization-create")
			.variable("input", Map.of("name", " ", "kind", "FACILITY", "councilLevel", "MUNICIPAL", "locationCode",
					"999999", "servedAreaCodes", List.of(ONO, "000000"), "fieldCodes", List.of("nonsense"),
					"corporateNumber", "1000012050002"))
			.execute()
			.path("createOrganization.organization")
			.valueIsNull()
			.path("createOrganization.errors[*].field[1]")
			.entityList(String.class)
			.satisfies(fields -> assertThat(fields).containsExactlyInAnyOrder("name", "facilityField", "councilLevel",
					"corporateNumber", "locationCode", "servedAreaCodes", "fieldCodes"));

		assertThat(count("MATCH (o:Organization) RETURN count(o)")).isEqualTo(before);
	}

	@Test
	void explainsCheckDigitsAndDuplicates() {
		create(Map.of("name", "NPO法人テストつなぐ", "kind", "NPO", "locationCode", ONO, "corporateNumber",
				"7000012050002"));

		List<Map<String, Object>> errors = errors(Map.of("name", "NPO法人テストつなぐ", "kind", "NPO", "locationCode",
				ONO, "corporateNumber", "7000012050002"));
		assertThat(errors).extracting(e -> e.get("message"))
			.containsExactlyInAnyOrder("an organisation named \"NPO法人テストつなぐ\" already exists in 282189",
					"is already the number of \"NPO法人テストつなぐ\"");

		assertThat(errors(Map.of("name", "別のNPO", "kind", "NPO", "locationCode", "282139")))
			.extracting(e -> e.get("message"))
			.containsExactly("コード 282139 の地域はありません");
		assertThat(errors(Map.of("name", "別のNPO", "kind", "NPO", "locationCode", ONO, "corporateNumber",
				"1000012050002")))
			.extracting(e -> e.get("message"))
			.containsExactly("check digit of 1000012050002 should be 7, was 1");
	}

	@Test
	void refusesAnOperatorThatIsNotACorporation() {
		String npo = create(Map.of("name", "NPO法人テスト運営", "kind", "NPO", "locationCode", ONO));
		assertThat(errors(Map.of("name", "テスト保育園", "kind", "FACILITY", "facilityField", "NURSERY",
				"locationCode", ONO, "operatorId", npo)))
			.extracting(e -> e.get("message"))
			.containsExactly("must be a social welfare corporation (社会福祉法人), was NPO");
	}

	@Test
	void updatesOnlyWhatIsGivenAndReplacesLists() {
		String id = create(Map.of("name", "テスト企業株式会社", "kind", "COMPANY", "locationCode", ONO,
				"servedAreaCodes", List.of(ONO)));

		graphQl.documentName("organization-update")
			.variable("input", Map.of("id", id, "description", "就労体験の受け入れ", "servedAreaCodes", List.of()))
			.execute()
			.path("updateOrganization.errors")
			.entityList(Object.class)
			.hasSize(0)
			.path("updateOrganization.organization.name")
			.entity(String.class)
			.isEqualTo("テスト企業株式会社")
			.path("updateOrganization.organization.description")
			.entity(String.class)
			.isEqualTo("就労体験の受け入れ")
			.path("updateOrganization.organization.servedAreas")
			.entityList(Object.class)
			.hasSize(0)
			.path("updateOrganization.organization.location.code")
			.entity(String.class)
			.isEqualTo(ONO);

		graphQl.documentName("organization-update")
			.variable("input", Map.of("id", "no-such-id", "name", "x"))
			.execute()
			.path("updateOrganization.errors[0].message")
			.entity(String.class)
			.isEqualTo("no organisation with id no-such-id");
	}

	@Test
	void archivedOrganizationsLeaveListsButStayReachable() {
		String id = create(Map.of("name", "アーカイブ対象テスト", "kind", "NPO", "locationCode", ONO));
		graphQl.documentName("organization-archive")
			.variable("id", id)
			.execute()
			.path("archiveOrganization.organization.archived")
			.entity(Boolean.class)
			.isEqualTo(true);

		listByText("アーカイブ対象", false).path("organizations.totalCount").entity(Integer.class).isEqualTo(0);
		listByText("アーカイブ対象", true).path("organizations.totalCount").entity(Integer.class).isEqualTo(1);
		graphQl.documentName("organization-by-id").variable("id", id).execute().path("organization.id").hasValue();
	}

	@Test
	void collaborationsAreUndirectedTiesWithKindAndEvidence() {
		String a = create(Map.of("name", "連携テストA", "kind", "NPO", "locationCode", ONO));
		String b = create(Map.of("name", "連携テストB", "kind", "COMPANY", "locationCode", ONO));
		Map<String, Object> input = new HashMap<>(Map.of("organizationId", a, "partnerId", b, "kind", "AGREEMENT",
				"since", "2021-04-01", "note", "災害時の避難所協定", "evidence", "テスト"));

		graphQl.documentName("collaboration-add")
			.variable("input", input)
			.execute()
			.path("addCollaboration.collaboration.kindLabelJa")
			.entity(String.class)
			.isEqualTo("協定")
			.path("addCollaboration.collaboration.since")
			.entity(String.class)
			.isEqualTo("2021-04-01");
		graphQl.documentName("collaboration-add")
			.variable("input", input)
			.execute()
			.path("addCollaboration.errors[0].field")
			.entityList(String.class)
			.containsExactly("input", "kind");

		graphQl.documentName("organization-by-id")
			.variable("id", b)
			.execute()
			.path("organization.collaborations[0].partner.name")
			.entity(String.class)
			.isEqualTo("連携テストA");

		graphQl.documentName("collaboration-remove")
			.variable("input", Map.of("organizationId", b, "partnerId", a, "kind", "AGREEMENT"))
			.execute()
			.path("removeCollaboration.errors")
			.entityList(Object.class)
			.hasSize(0);
		assertThat(count("MATCH (:Organization {id: $a})-[t:COLLABORATES_WITH]-() RETURN count(t)", "a", a)).isZero();
		graphQl.documentName("collaboration-remove")
			.variable("input", Map.of("organizationId", b, "partnerId", a, "kind", "AGREEMENT"))
			.execute()
			.path("removeCollaboration.errors[0].message")
			.entity(String.class)
			.isEqualTo("no AGREEMENT tie between these organisations");
	}

	@Test
	void refusesACollaborationWithItselfOrAnUnknownPartner() {
		String a = create(Map.of("name", "連携テストC", "kind", "NPO", "locationCode", ONO));
		graphQl.documentName("collaboration-add")
			.variable("input", Map.of("organizationId", a, "partnerId", a, "kind", "JOINT_ACTIVITY"))
			.execute()
			.path("addCollaboration.errors[0].field[1]")
			.entity(String.class)
			.isEqualTo("partnerId");
		graphQl.documentName("collaboration-add")
			.variable("input", Map.of("organizationId", a, "partnerId", "nobody", "kind", "JOINT_ACTIVITY"))
			.execute()
			.path("addCollaboration.errors[0].message")
			.entity(String.class)
			.isEqualTo("no organisation with id nobody");
	}

	@Test
	void pagesThroughAStableOrderWithoutGapsOrRepeats() {
		for (String name : List.of("ページテスト1", "ページテスト2", "ページテスト3", "ページテスト4", "ページテスト5")) {
			create(Map.of("name", name, "kind", "NPO", "locationCode", ONO));
		}
		Map<String, Object> filter = Map.of("text", "ページテスト");
		GraphQlTester.Response first = graphQl.documentName("organizations-list")
			.variable("filter", filter)
			.variable("first", 2)
			.execute();
		first.path("organizations.totalCount").entity(Integer.class).isEqualTo(5);
		first.path("organizations.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		List<String> names = new java.util.ArrayList<>(
				first.path("organizations.edges[*].node.name").entityList(String.class).get());
		String cursor = first.path("organizations.pageInfo.endCursor").entity(String.class).get();
		boolean hasNext = true;
		while (hasNext) {
			GraphQlTester.Response next = graphQl.documentName("organizations-list")
				.variable("filter", filter)
				.variable("first", 2)
				.variable("after", cursor)
				.execute();
			names.addAll(next.path("organizations.edges[*].node.name").entityList(String.class).get());
			next.path("organizations.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
			hasNext = next.path("organizations.pageInfo.hasNextPage").entity(Boolean.class).get();
			cursor = next.path("organizations.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(names).containsExactly("ページテスト1", "ページテスト2", "ページテスト3", "ページテスト4", "ページテスト5");
	}

	@Test
	void rejectsAPageSizeOutOfRangeNamingTheArgument() {
		graphQl.documentName("organizations-list")
			.variable("first", 500)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).isEqualTo("first: must be between 1 and 100, was 500")));
	}

	@Test
	void filtersByKindAndAreaIncludingEverythingBelowIt() {
		String district = graphQl.document("""
				mutation { createDistrict(input: {parentCode: "282189", slug: "test-chiku", name: "テスト地区",
				  districtKind: DISTRICT}) { area { code } errors { message } } }""")
			.execute()
			.path("createDistrict.area.code")
			.entity(String.class)
			.get();
		create(Map.of("name", "地区の住民組織テスト", "kind", "RESIDENT_GROUP", "groupType", "SALON", "locationCode",
				district));

		graphQl.documentName("organizations-list")
			.variable("filter", Map.of("area", "282189", "kind", "RESIDENT_GROUP", "text", "住民組織テスト"))
			.execute()
			.path("organizations.edges[*].node.name")
			.entityList(String.class)
			.containsExactly("地区の住民組織テスト");
		graphQl.documentName("organizations-list")
			.variable("filter", Map.of("area", "282189", "kind", "NPO", "text", "住民組織テスト"))
			.execute()
			.path("organizations.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	private String create(Map<String, Object> input) {
		GraphQlTester.Response response = graphQl.documentName("organization-create").variable("input", input).execute();
		response.path("createOrganization.errors").entityList(Object.class).hasSize(0);
		return response.path("createOrganization.organization.id").entity(String.class).get();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> errors(Map<String, Object> input) {
		GraphQlTester.Response response = graphQl.documentName("organization-create").variable("input", input).execute();
		response.path("createOrganization.organization").valueIsNull();
		return (List<Map<String, Object>>) (List<?>) response.path("createOrganization.errors")
			.entityList(Map.class)
			.get();
	}

	private GraphQlTester.Response listByText(String text, boolean includeArchived) {
		return graphQl.documentName("organizations-list")
			.variable("filter", Map.of("text", text, "includeArchived", includeArchived))
			.execute();
	}
}
