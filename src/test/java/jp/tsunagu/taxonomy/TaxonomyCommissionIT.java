package jp.tsunagu.taxonomy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Commissions (委託) of 重層 functions, and the taxonomy fields of organisations and area overviews. */
class TaxonomyCommissionIT extends HubIntegrationTest {

	static final String HYOGO = "280003";

	static final String ONO = "282189";

	private String council;

	@BeforeEach
	void createCouncil() {
		council = createOrganization(Map.of("name", "テスト市社会福祉協議会", "kind", "COUNCIL", "councilLevel", "MUNICIPAL",
				"locationCode", ONO, "fieldCodes", List.of("elderly", "community_welfare", "poverty")));
	}

	@Test
	void createsACommissionAndShowsItEverywhereItBelongs() {
		GraphQlTester.Response response = graphQl.documentName("commission-create")
			.variable("input", Map.of("organizationId", council, "functionCode", "5", "municipalityCode", ONO,
					"since", "2024-04-01", "note", "多機関協働事業を委託"))
			.execute();

		response.path("createCommission.errors").entityList(Object.class).hasSize(0);
		response.path("createCommission.commission.since").entity(String.class).isEqualTo("2024-04-01");
		response.path("createCommission.commission.note").entity(String.class).isEqualTo("多機関協働事業を委託");
		response.path("createCommission.commission.organization.id").entity(String.class).isEqualTo(council);
		response.path("createCommission.commission.function.labelJa").entity(String.class).isEqualTo("多機関協働");
		response.path("createCommission.commission.municipality.code").entity(String.class).isEqualTo(ONO);
		response.path("createCommission.commission.municipality.kind").entity(String.class).isEqualTo("MUNICIPALITY");
		String id = response.path("createCommission.commission.id").entity(String.class).get();

		assertThat(count("""
				MATCH (o:Organization {id: $council})<-[:COMMISSIONED_ORG]-(c:Commission {id: $id})
				      -[:FOR_FUNCTION]->(:SupportFunction {code: '5'})
				MATCH (c)-[:IN_MUNICIPALITY]->(:Municipality {code: $ono})
				WHERE c.since = date('2024-04-01') AND c.createdAt IS NOT NULL AND c.generated = false
				RETURN count(c)""", "council", council, "id", id, "ono", ONO)).isEqualTo(1);

		graphQl.documentName("commissions-in-municipality")
			.variable("municipalityCode", ONO)
			.execute()
			.path("commissions[?(@.id == '" + id + "')].organization.id")
			.entityList(String.class)
			.containsExactly(council);
		graphQl.documentName("commission-area-overview")
			.variable("code", ONO)
			.execute()
			.path("areaOverview.commissions[?(@.id == '" + id + "')].function.code")
			.entityList(String.class)
			.containsExactly("5");
		GraphQlTester.Response ties = graphQl.documentName("commission-organization-ties")
			.variable("id", council)
			.execute();
		ties.path("organization.commissions[*].id").entityList(String.class).containsExactly(id);
		ties.path("organization.commissions[0].municipality.code").entity(String.class).isEqualTo(ONO);
		ties.path("organization.fields[*].code")
			.entityList(String.class)
			.containsExactly("community_welfare", "elderly", "poverty");
	}

	@Test
	void listsTheCommissionsOfAMunicipalityByFunction() {
		String center = createOrganization(Map.of("name", "テスト地域包括支援センター", "kind", "SUPPORT_AGENCY", "agencyType",
				"COMMUNITY_GENERAL_SUPPORT_CENTER", "locationCode", ONO));
		String first = commission(council, "6");
		String second = commission(center, "1.1");
		String third = commission(council, "4");

		List<String> ours = graphQl.documentName("commissions-in-municipality")
			.variable("municipalityCode", ONO)
			.execute()
			.path("commissions[*].id")
			.entityList(String.class)
			.get()
			.stream()
			.filter(List.of(first, second, third)::contains)
			.toList();
		assertThat(ours).containsExactly(second, third, first);
		graphQl.documentName("commissions-in-municipality")
			.variable("municipalityCode", "999999")
			.execute()
			.path("commissions")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void refusesTheSameCommissionTwice() {
		commission(council, "2");

		assertThat(createErrors(Map.of("organizationId", council, "functionCode", "2", "municipalityCode", ONO)))
			.extracting(e -> e.get("message"))
			.containsExactly("organisation " + council + " is already commissioned for function 2 in " + ONO);
		assertThat(count("MATCH (:Organization {id: $id})<-[:COMMISSIONED_ORG]-(c:Commission) RETURN count(c)", "id",
				council)).isEqualTo(1);
		// another function in the same municipality is a different commission
		commission(council, "3.2");
	}

	@Test
	void reportsEveryProblemOfACommissionAndWritesNothing() {
		long before = count("MATCH (c:Commission) RETURN count(c)");

		List<Map<String, Object>> errors = createErrors(Map.of("organizationId", "no-such-organisation",
				"functionCode", "7", "municipalityCode", HYOGO, "note", "x".repeat(4001)));

		assertThat(errors).extracting(e -> String.valueOf(((List<?>) e.get("field")).get(1)))
			.containsExactlyInAnyOrder("organizationId", "functionCode", "municipalityCode", "note");
		assertThat(errors).extracting(e -> e.get("message"))
			.containsExactlyInAnyOrder("no organisation with id no-such-organisation", "no 重層 function with code 7",
					"must be a municipality or ward (市区町村・行政区), 280003 is a PREFECTURE",
					"must be at most 4000 characters, was 4001");
		assertThat(createErrors(Map.of("organizationId", council, "functionCode", "1", "municipalityCode", "000000")))
			.extracting(e -> e.get("message"))
			.containsExactly("コード 000000 の地域はありません");
		assertThat(count("MATCH (c:Commission) RETURN count(c)")).isEqualTo(before);
	}

	@Test
	void refusesToCommissionAnArchivedOrganisation() {
		graphQl.documentName("service-archive-provider")
			.variable("input", Map.of("id", council))
			.execute()
			.path("archiveOrganization.errors")
			.entityList(Object.class)
			.hasSize(0);

		assertThat(createErrors(Map.of("organizationId", council, "functionCode", "1", "municipalityCode", ONO)))
			.extracting(e -> e.get("message"))
			.containsExactly("organisation " + council + " is archived");
		assertThat(count("MATCH (:Organization {id: $id})<-[:COMMISSIONED_ORG]-(c:Commission) RETURN count(c)", "id",
				council)).isZero();
	}

	@Test
	void removesACommissionAndReturnsWhatItWas() {
		String id = commission(council, "5");

		GraphQlTester.Response response = graphQl.documentName("commission-remove")
			.variable("input", Map.of("id", id))
			.execute();

		response.path("removeCommission.errors").entityList(Object.class).hasSize(0);
		response.path("removeCommission.commission.id").entity(String.class).isEqualTo(id);
		response.path("removeCommission.commission.organization.id").entity(String.class).isEqualTo(council);
		response.path("removeCommission.commission.function.code").entity(String.class).isEqualTo("5");
		response.path("removeCommission.commission.municipality.code").entity(String.class).isEqualTo(ONO);
		assertThat(count("MATCH (c:Commission {id: $id}) RETURN count(c)", "id", id)).isZero();
		assertThat(count("MATCH (o:Organization {id: $id}) RETURN count(o)", "id", council)).isEqualTo(1);

		graphQl.documentName("commission-remove")
			.variable("input", Map.of("id", id))
			.execute()
			.path("removeCommission.commission")
			.valueIsNull()
			.path("removeCommission.errors[*].message")
			.entityList(String.class)
			.containsExactly("no commission with id " + id);
	}

	@Test
	void loadsTheEndsOfManyCommissionsInAFixedNumberOfStatements() {
		for (String function : List.of("1", "2", "3", "4", "5", "6")) {
			commission(council, function);
		}

		statements.reset();
		List<Object> listed = graphQl.documentName("commissions-in-municipality")
			.variable("municipalityCode", ONO)
			.execute()
			.path("commissions")
			.entityList(Object.class)
			.get();

		assertThat(listed).hasSizeGreaterThanOrEqualTo(6);
		// the list, then organisations, functions and municipalities once each
		assertThat(statements.count()).isLessThanOrEqualTo(4);
	}

	private String createOrganization(Map<String, Object> input) {
		return graphQl.documentName("service-create-provider")
			.variable("input", input)
			.execute()
			.path("createOrganization.organization.id")
			.entity(String.class)
			.get();
	}

	private String commission(String organizationId, String functionCode) {
		Map<String, Object> input = new HashMap<>();
		input.put("organizationId", organizationId);
		input.put("functionCode", functionCode);
		input.put("municipalityCode", ONO);
		GraphQlTester.Response response = graphQl.documentName("commission-create").variable("input", input).execute();
		response.path("createCommission.errors").entityList(Object.class).hasSize(0);
		return response.path("createCommission.commission.id").entity(String.class).get();
	}

	private List<Map<String, Object>> createErrors(Map<String, Object> input) {
		return graphQl.documentName("commission-create")
			.variable("input", input)
			.execute()
			.path("createCommission.commission")
			.valueIsNull()
			.path("createCommission.errors")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}
}
