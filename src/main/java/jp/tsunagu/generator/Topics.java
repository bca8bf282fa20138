package jp.tsunagu.generator;

import java.util.List;

import jp.tsunagu.organization.FacilityField;

/**
 * What generated organisations do: each kind of NPO, company and facility with its fields (V020 Field codes), the
 * service it offers and the needs (V020 Need codes) that service addresses.
 *
 * @param weight how common the topic is among organisations of its kind
 */
record Topics(String suffix, List<String> fields, String service, List<String> needs, int weight) {

	static final List<Topics> NPO = List.of(
			new Topics("子ども食堂ネット", List.of("children", "poverty"), "子ども食堂", List.of("food", "childcare", "isolation"), 14),
			new Topics("フードバンク", List.of("poverty"), "食料の緊急支援", List.of("food", "hardship", "household_finance"), 10),
			new Topics("就労支援センター", List.of("employment", "disability"), "就労準備と職場体験",
					List.of("employment", "unemployment", "hikikomori", "reemployment_failure"), 10),
			new Topics("居住支援ネット", List.of("housing", "poverty"), "住まい探しと入居後の見守り", List.of("housing", "housing_security"), 6),
			new Topics("学習支援の会", List.of("education", "children"), "子どもの学習支援", List.of("education", "academic_difficulty"), 9),
			new Topics("見守りの会", List.of("community_welfare", "elderly"), "高齢者の見守り・声かけ",
					List.of("isolation", "loneliness", "care_prevention"), 14),
			new Topics("多文化共生の会", List.of("community_welfare", "education"), "外国籍住民の生活相談",
					List.of("education", "isolation", "household_finance"), 5),
			new Topics("こころの居場所", List.of("health_medical", "disability"), "こころの不調を抱える人の居場所",
					List.of("mental_health", "depression", "isolation"), 8),
			new Topics("子育てひろば", List.of("nursery", "children"), "子育てひろば", List.of("childcare", "childrearing_worries"), 12),
			new Topics("ひきこもり家族会", List.of("health_medical", "community_welfare"), "ひきこもりの相談と家族の集い",
					List.of("hikikomori", "eighty_fifty", "isolation"), 5),
			new Topics("債務問題相談会", List.of("finance", "justice"), "多重債務・家計の相談",
					List.of("debt", "multiple_debt", "household_budgeting", "loan_repayment_difficulty"), 4),
			new Topics("移動支援の会", List.of("transport", "elderly"), "買い物・通院の送迎", List.of("mobility_shopping", "transport_means", "shopping"), 3));

	static final List<Topics> COMPANY = List.of(
			new Topics("ケアサービス", List.of("elderly"), "訪問介護", List.of("long_term_care", "caregiver_burnout"), 30),
			new Topics("訪問看護", List.of("health_medical", "elderly"), "訪問看護", List.of("health", "physical_illness"), 15),
			new Topics("保育サービス", List.of("nursery"), "一時預かり保育", List.of("childcare", "double_care"), 15),
			new Topics("ワークサポート", List.of("employment", "disability"), "就労継続支援", List.of("employment", "disability"), 15),
			new Topics("福祉用具", List.of("elderly", "industry"), "福祉用具の貸与", List.of("long_term_care"), 10),
			new Topics("食品", List.of("industry", "agriculture"), "食品の寄付", List.of("food"), 8),
			new Topics("運輸", List.of("transport", "industry"), "高齢者の移動支援", List.of("mobility_shopping", "transport_means"), 7));

	/** Facilities by field: name prefix and suffix around a word, the service, the needs. */
	static Topics facility(FacilityField field) {
		return switch (field) {
			case ELDERLY -> new Topics("特別養護老人ホーム|荘", List.of("elderly"), "介護の相談窓口",
					List.of("long_term_care", "care_prevention", "caregiver_burnout"), 45);
			case DISABILITY -> new Topics("|作業所", List.of("disability"), "施設での就労体験",
					List.of("disability", "employment", "hikikomori"), 25);
			case CHILDREN -> new Topics("児童養護施設|学園", List.of("children"), "子育て・養育の相談",
					List.of("childcare", "childrearing_worries", "abuse"), 5);
			case NURSERY -> new Topics("|保育園", List.of("nursery"), "園庭開放と子育て相談", List.of("childcare", "double_care"), 25);
		};
	}

	static <T> T weighted(List<Topics> topics, java.util.SplittableRandom random, java.util.function.Function<Topics, T> as) {
		int total = topics.stream().mapToInt(Topics::weight).sum();
		int draw = random.nextInt(total);
		for (Topics topic : topics) {
			draw -= topic.weight();
			if (draw < 0) {
				return as.apply(topic);
			}
		}
		throw new IllegalStateException("weights add up to " + total);
	}
}
