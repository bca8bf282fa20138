package jp.tsunagu.gaps;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Organisations in no network, and networks with nobody from a field. */
class UnaffiliatedIT extends GapsTestSupport {

	@Test
	void inOnoEveryCorporationAndSoEveryFacilityIsInTheNetwork() {
		GraphQlTester.Response all = organizations("282189", null, 100, null);
		// only the generated institutions every municipality has stay outside the networks
		all.path("organizationsWithoutNetwork.edges[*].node.kind").entityList(String.class)
			.satisfies(kinds -> assertThat(kinds).doesNotContain("FACILITY", "SOCIAL_WELFARE_CORPORATION"));
		all.path("organizationsWithoutNetwork.edges[*].node.name").entityList(String.class)
			.contains("小野市地域包括支援センター", "小野市役所 福祉窓口")
			.doesNotContain("特別養護老人ホームおの荘", "あお野作業所");
		organizations("282189", "SOCIAL_WELFARE_CORPORATION", 20, null).path("organizationsWithoutNetwork.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	@Test
	void aHandBuiltTownListsOnlyLiveOrganisationsOutsideLiveNetworks() {
		buildTown();
		GraphQlTester.Response response = organizations("T-UN", null, 20, null);
		response.path("organizationsWithoutNetwork.edges[*].node.name").entityList(String.class)
			.containsExactly("テストU2 未参加NPO", "テストU3 休止網の企業", "テストU5 地区の法人");
		organizations("T-UN", "NPO", 20, null).path("organizationsWithoutNetwork.edges[*].node.name")
			.entityList(String.class)
			.containsExactly("テストU2 未参加NPO");

		List<String> paged = new ArrayList<>();
		String after = null;
		for (int page = 0; page < 3; page++) {
			GraphQlTester.Response one = organizations("T-UN", null, 1, after);
			one.path("organizationsWithoutNetwork.totalCount").entity(Integer.class).isEqualTo(3);
			paged.addAll(one.path("organizationsWithoutNetwork.edges[*].node.name").entityList(String.class).get());
			after = one.path("organizationsWithoutNetwork.pageInfo.endCursor").entity(String.class).get();
			one.path("organizationsWithoutNetwork.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(page < 2);
		}
		assertThat(paged).containsExactly("テストU2 未参加NPO", "テストU3 休止網の企業", "テストU5 地区の法人");
	}

	@Test
	void networksWithoutAFieldCoverTheAreaAboveOrBelowIt() {
		buildTown();
		networks("health_medical", "T-UN").path("networksWithoutField.edges[*].node.name").entityList(String.class)
			.containsExactly("テストN3 地区の協議体", "テストN4 県域の連絡会");
		networks("housing", "T-UN").path("networksWithoutField.edges[*].node.name").entityList(String.class)
			.containsExactly("テストN1 町の連絡会", "テストN3 地区の協議体", "テストN4 県域の連絡会");
		networks("health_medical", null).path("networksWithoutField.edges[*].node.name").entityList(String.class)
			.contains("テストN3 地区の協議体", "テストN5 よその会")
			.doesNotContain("テストN1 町の連絡会");
	}

	@Test
	void onoNetworksWithoutAnyoneFromHealthAndMedicalCare() {
		networks("health_medical", "282189").path("networksWithoutField.edges[*].node.name").entityList(String.class)
			.contains("ほっとかへんネットおの", "来住地区よりそい協議会", "ほっとかへんネット");
	}

	@Test
	void refusesAnUnknownField() {
		networks("no_such_field", null).errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).isEqualTo("field: no field with code no_such_field");
			}));
	}

	@Test
	void networksRefuseAnUnknownAreaAndReadABlankOneAsEveryArea() {
		networks("health_medical", "no-such-area").errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).isEqualTo("area: コード no-such-area の地域はありません");
			}));
		int everywhere = networks("health_medical", null).path("networksWithoutField.totalCount")
			.entity(Integer.class)
			.get();
		networks("health_medical", " ").path("networksWithoutField.totalCount").entity(Integer.class).isEqualTo(everywhere);
	}

	@Test
	void refusesAnUnknownOrBlankAreaButNotAKnownAreaWithoutOrganisations() {
		buildTown();
		organizationsRefused("no-such-area", "area: コード no-such-area の地域はありません");
		organizationsRefused(" ", "area: must be an area code, was blank");
		GraphQlTester.Response empty = organizations("T-OTHER", null, 20, null);
		empty.errors().verify();
		empty.path("organizationsWithoutNetwork.totalCount").entity(Integer.class).isEqualTo(0);
	}

	private void organizationsRefused(String area, String message) {
		organizations(area, null, 20, null).errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).isEqualTo(message);
			}));
	}

	private GraphQlTester.Response organizations(String area, String kind, int first, String after) {
		return patientAnonymous().documentName("gaps-organizations-without-network")
			.variable("area", area)
			.variable("kind", kind)
			.variable("first", first)
			.variable("after", after)
			.execute();
	}

	private GraphQlTester.Response networks(String field, String area) {
		return patientAnonymous().documentName("gaps-networks-without-field")
			.variable("field", field)
			.variable("area", area)
			.variable("first", 100)
			.execute();
	}

	/**
	 * Town T-UN in prefecture T-UNP, district T-UN-D in it, and T-OTHER elsewhere. U1 (health) is in N1, U2 (housing)
	 * in none, U3 only in archived N2, U4 (health) archived, U5 in the district. N3 (district) has only U4; N4 covers
	 * the prefecture, with no member; N5 covers T-OTHER.
	 */
	private void buildTown() {
		write("""
				CREATE (p:Area:Prefecture {id: randomUUID(), code: 'T-UNP', name: 'テスト県', archived: false, createdAt: datetime()})
				CREATE (t:Area:Municipality {id: randomUUID(), code: 'T-UN', name: 'テスト町', archived: false,
				        createdAt: datetime()})-[:PART_OF]->(p)
				CREATE (d:Area:District {id: randomUUID(), code: 'T-UN-D', name: 'テスト地区', archived: false,
				        createdAt: datetime()})-[:PART_OF]->(t)
				CREATE (other:Area:Municipality {id: randomUUID(), code: 'T-OTHER', name: 'よその町', archived: false,
				        createdAt: datetime()})
				CREATE (u1:Organization {id: randomUUID(), name: 'テストU1 参加NPO', kind: 'NPO', archived: false, createdAt: datetime()})-[:LOCATED_IN]->(t)
				CREATE (u2:Organization {id: randomUUID(), name: 'テストU2 未参加NPO', kind: 'NPO', archived: false, createdAt: datetime()})-[:LOCATED_IN]->(t)
				CREATE (u3:Organization {id: randomUUID(), name: 'テストU3 休止網の企業', kind: 'COMPANY', archived: false, createdAt: datetime()})-[:LOCATED_IN]->(t)
				CREATE (u4:Organization {id: randomUUID(), name: 'テストU4 解散', kind: 'NPO', archived: true, createdAt: datetime()})-[:LOCATED_IN]->(t)
				CREATE (u5:Organization {id: randomUUID(), name: 'テストU5 地区の法人', kind: 'SOCIAL_WELFARE_CORPORATION', archived: false,
				        createdAt: datetime()})-[:LOCATED_IN]->(d)
				CREATE (n1:Network {id: randomUUID(), name: 'テストN1 町の連絡会', archived: false, createdAt: datetime()})-[:COVERS]->(t)
				CREATE (n2:Network {id: randomUUID(), name: 'テストN2 休止', archived: true, createdAt: datetime()})-[:COVERS]->(t)
				CREATE (n3:Network {id: randomUUID(), name: 'テストN3 地区の協議体', archived: false, createdAt: datetime()})-[:COVERS]->(d)
				CREATE (n4:Network {id: randomUUID(), name: 'テストN4 県域の連絡会', archived: false, createdAt: datetime()})-[:COVERS]->(p)
				CREATE (n5:Network {id: randomUUID(), name: 'テストN5 よその会', archived: false, createdAt: datetime()})-[:COVERS]->(other)
				CREATE (u1)-[:MEMBER_OF {role: 'MEMBER'}]->(n1), (u3)-[:MEMBER_OF {role: 'MEMBER'}]->(n2),
				       (u4)-[:MEMBER_OF {role: 'MEMBER'}]->(n3)
				WITH u1, u2, u4
				MATCH (health:Field {code: 'health_medical'}), (housing:Field {code: 'housing'})
				CREATE (u1)-[:IN_FIELD]->(health), (u2)-[:IN_FIELD]->(housing), (u4)-[:IN_FIELD]->(health)""");
	}
}
