package jp.tsunagu.taxonomy;

import java.util.List;

import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The taxonomies as the V020 migration loads them, read through the API. */
class TaxonomyIT extends HubIntegrationTest {

	static final List<String> BROAD_NEEDS = List.of("advocacy", "childcare", "debt", "disability", "education",
			"employment", "family_relations", "food", "health", "hikikomori", "household_finance", "housing",
			"isolation", "long_term_care", "mental_health", "mobility_shopping", "violence_abuse");

	@Test
	void withoutArgumentsNeedsAreTheBroadOnes() {
		GraphQlTester.Response response = graphQl.documentName("taxonomy-needs").execute();

		List<String> codes = response.path("needs[*].code").entityList(String.class).get();
		assertThat(codes).containsAll(BROAD_NEEDS)
			.hasSize((int) count("MATCH (n:Need) WHERE NOT (n)-[:BROADER]->() RETURN count(n)"))
			.isSorted();
		response.path("needs[*].broader[*]").entityList(Object.class).hasSize(0);
		response.path("needs[?(@.code == 'debt')].narrower[*].code")
			.entityList(String.class)
			.containsExactly("business_bankruptcy", "guarantor_debt", "loan_repayment_difficulty", "multiple_debt",
					"premium_arrears");
	}

	@Test
	void withBroaderNeedsAreTheNarrowerOnesUnderIt() {
		graphQl.documentName("taxonomy-needs")
			.variable("broader", "debt")
			.execute()
			.path("needs[*].code")
			.entityList(String.class)
			.containsExactly("business_bankruptcy", "guarantor_debt", "loan_repayment_difficulty", "multiple_debt",
					"premium_arrears");
		graphQl.documentName("taxonomy-needs")
			.variable("broader", "isolation")
			.execute()
			.path("needs[*].code")
			.entityList(String.class)
			.containsExactly("hoarding_home", "loneliness", "loss_of_will_to_live", "self_neglect",
					"social_participation");
		graphQl.documentName("taxonomy-needs")
			.variable("broader", "multiple_debt")
			.execute()
			.path("needs")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void allNeedsAreEveryNeedWithTheirBroaderNeeds() {
		statements.reset();
		GraphQlTester.Response response = graphQl.documentName("taxonomy-needs").variable("all", true).execute();
		int statementsForAllNeeds = statements.count();

		assertThat(response.path("needs[*].code").entityList(String.class).get())
			.hasSize((int) count("MATCH (n:Need) RETURN count(n)"))
			.hasSizeGreaterThanOrEqualTo(70)
			.contains("suicide_risk", "young_carer", "employment");
		response.path("needs[?(@.code == 'young_carer')].broader[*].code")
			.entityList(String.class)
			.containsExactly("childcare", "long_term_care");
		response.path("needs[?(@.code == 'young_carer')].labelJa").entityList(String.class).containsExactly("ヤングケアラー");
		// the list, then broader and narrower for all 70 needs at once
		assertThat(statementsForAllNeeds).isLessThanOrEqualTo(3);
	}

	@Test
	void refusesAnUnknownBroaderNeedAndAmbiguousArguments() {
		graphQl.documentName("taxonomy-needs")
			.variable("broader", "no_such_need")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).isEqualTo("broader: no need with code no_such_need");
			}));
		graphQl.documentName("taxonomy-needs")
			.variable("broader", "debt")
			.variable("all", true)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).isEqualTo("all: cannot be combined with broader")));
	}

	@Test
	void aNeedByCodeWithEveryBroaderNeed() {
		GraphQlTester.Response eightyFifty = graphQl.documentName("taxonomy-need")
			.variable("code", "eighty_fifty")
			.execute();
		eightyFifty.path("need.labelJa").entity(String.class).isEqualTo("8050");
		eightyFifty.path("need.labelEn").entity(String.class).isEqualTo("8050 problem");
		eightyFifty.path("need.description").entity(String.class).isEqualTo("高齢の親と無職独身の50代の子が同居");
		eightyFifty.path("need.broader[*].code").entityList(String.class).containsExactly("employment", "long_term_care");
		eightyFifty.path("need.narrower").entityList(Object.class).hasSize(0);

		graphQl.documentName("taxonomy-need")
			.variable("code", "long_term_care")
			.execute()
			.path("need.narrower[*].code")
			.entityList(String.class)
			.containsExactly("care_prevention", "caregiver_burnout", "double_care", "eighty_fifty", "young_carer");
		graphQl.documentName("taxonomy-need").variable("code", "no_such_need").execute().path("need").valueIsNull();
	}

	@Test
	void fieldsIsolationKindsAndPartnerSystemsAsInTheMigration() {
		GraphQlTester.Response response = graphQl.documentName("taxonomy-lists").execute();

		response.path("fields[*].code")
			.entityList(String.class)
			.hasSize(18)
			.contains("elderly", "community_welfare", "justice", "media");
		response.path("fields[?(@.code == 'poverty')].labelJa").entityList(String.class).containsExactly("生活困窮");
		response.path("isolationKinds[*].code")
			.entityList(String.class)
			.containsExactly("family", "group_organization", "information", "institution_service", "neighborhood",
					"social_role");
		response.path("isolationKinds[?(@.code == 'information')].labelJa")
			.entityList(String.class)
			.containsExactly("情報からの孤立");
		List<String> partners = response.path("partnerSystems[*].code").entityList(String.class).get();
		assertThat(partners).hasSize(14).first().isEqualTo("partner_01");
		assertThat(partners).last().isEqualTo("partner_14");
		response.path("partnerSystems[0].labelJa").entity(String.class).isEqualTo("生活保護制度");
		response.path("partnerSystems[13].labelEn").entity(String.class).isEqualTo("Community welfare policy");
	}

	@Test
	void supportFunctionsAreTheSixWithTheSubAreasOfOneAndThree() {
		statements.reset();
		GraphQlTester.Response response = graphQl.documentName("taxonomy-support-functions").execute();

		response.path("supportFunctions[*].number").entityList(Integer.class).containsExactly(1, 2, 3, 4, 5, 6);
		response.path("supportFunctions[*].code").entityList(String.class).containsExactly("1", "2", "3", "4", "5", "6");
		response.path("supportFunctions[4].labelJa").entity(String.class).isEqualTo("多機関協働");
		assertThat(response.path("supportFunctions[*].parent").entityList(Object.class).get()).hasSize(6)
			.containsOnlyNulls();
		response.path("supportFunctions[0].subAreas[*].code")
			.entityList(String.class)
			.containsExactly("1.1", "1.2", "1.3", "1.4");
		response.path("supportFunctions[2].subAreas[*].code")
			.entityList(String.class)
			.containsExactly("3.1", "3.2", "3.3", "3.4");
		response.path("supportFunctions[0].subAreas[0].labelJa").entity(String.class).isEqualTo("地域包括支援センターの運営");
		response.path("supportFunctions[2].subAreas[*].parent.code")
			.entityList(String.class)
			.containsExactly("3", "3", "3", "3");
		assertThat(response.path("supportFunctions[2].subAreas[*].number").entityList(Integer.class).get())
			.containsOnly(3);
		for (int index : List.of(1, 3, 4, 5)) {
			response.path("supportFunctions[" + index + "].subAreas").entityList(Object.class).hasSize(0);
		}
		// functions, their parents and sub-areas, then the sub-areas' parents and sub-areas
		assertThat(statements.count()).isLessThanOrEqualTo(5);
	}

	@Test
	void riskPathwaysInTheSeedsOrderWithTheirStepsInOrder() {
		statements.reset();
		GraphQlTester.Response response = graphQl.documentName("taxonomy-risk-pathways").execute();
		int statementsForPathways = statements.count();

		response.path("riskPathways[*].code")
			.entityList(String.class)
			.containsExactly("pathway_1", "pathway_2", "pathway_3", "pathway_4", "pathway_5", "pathway_6",
					"pathway_7", "pathway_8", "pathway_9", "pathway_10", "pathway_11", "pathway_12", "pathway_13",
					"pathway_14");
		response.path("riskPathways[0].labelJa").entity(String.class).isEqualTo("失業→生活苦→多重債務→うつ病→自殺");
		response.path("riskPathways[0].steps[*].code")
			.entityList(String.class)
			.containsExactly("unemployment", "hardship", "multiple_debt", "depression", "suicide_risk");
		// 離婚の悩み+将来生活への不安 share position 3, in the seed's wording
		response.path("riskPathways[1].steps[*].code")
			.entityList(String.class)
			.containsExactly("guarantor_debt", "business_bankruptcy", "divorce_worries", "anxiety_about_future",
					"suicide_risk");
		response.path("riskPathways[13].steps[*].code")
			.entityList(String.class)
			.containsExactly("parent_child_discord", "hikikomori", "depression", "anxiety_about_future",
					"suicide_risk");
		for (int index = 0; index < 14; index++) {
			List<String> steps = response.path("riskPathways[" + index + "].steps[*].code")
				.entityList(String.class)
				.get();
			assertThat(steps).last().isEqualTo("suicide_risk");
		}
		// the pathways, then the steps of all 14 at once
		assertThat(statementsForPathways).isLessThanOrEqualTo(2);
	}
}
