package jp.tsunagu.generator;

import static jp.tsunagu.generator.StepRows.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import jp.tsunagu.generator.NationalPlan.City;
import jp.tsunagu.generator.NationalPlan.Unit;
import jp.tsunagu.generator.Organizations.District;
import jp.tsunagu.generator.Organizations.Facility;
import jp.tsunagu.generator.Organizations.Org;
import jp.tsunagu.generator.Organizations.UnitOrganizations;
import jp.tsunagu.generator.Places.Prefecture;

/**
 * Rows of the services (社会資源): what each kind of organisation typically offers, the needs (V020) it addresses, and
 * where it is available (the provider's own area).
 */
final class ServiceRows {

	private final long seed;

	private final Organizations organizations;

	ServiceRows(long seed, Organizations organizations) {
		this.seed = seed;
		this.organizations = organizations;
	}

	List<Map<String, Object>> prefecture(Prefecture prefecture) {
		List<Map<String, Object>> rows = new ArrayList<>();
		add(rows, organizations.legalSupport(prefecture), 0, "法律相談・債務整理の案内",
				List.of("debt", "multiple_debt", "advocacy", "domestic_violence", "crime_victimization"), "収入・資産が一定以下の方",
				"予約制");
		organizations.helloWorksOutsideTheRun(prefecture).forEach(office -> employment(rows, office));
		return rows;
	}

	List<Map<String, Object>> city(City city) {
		SplittableRandom random = Seeds.random(seed, "services", city.code());
		List<Map<String, Object>> rows = new ArrayList<>();
		if (city.designated()) {
			Org council = organizations.city(city).council();
			add(rows, council, 0, "地域福祉活動の相談", List.of("isolation", "social_participation"), "市民", "平日");
			add(rows, organizations.city(city).coreDisability(), 0, "障害者相談支援",
					List.of("disability", "mental_disability", "suspected_disability"), "障害のある方と家族", "平日 9時-17時");
		}
		for (Unit unit : city.units()) {
			UnitOrganizations orgs = organizations.of(unit);
			Org council = orgs.council();
			add(rows, council, 0, "生活福祉資金（特例貸付）の償還・償還免除の相談",
					List.of("loan_repayment_difficulty", "debt", "household_finance", "household_budgeting"),
					"特例貸付の借受人", "平日 8時30分-17時15分");
			add(rows, council, 1, "生活困窮の総合相談",
					List.of("hardship", "household_finance", "income_loss", "unemployment", "employment"), "生活に困りごとを抱える方",
					"平日 8時30分-17時15分");
			add(rows, council, 2, "日常生活自立支援事業", List.of("advocacy", "household_budgeting"),
					"判断能力に不安のある方", null);
			add(rows, council, 3, "ボランティアセンター（活動先の紹介）", List.of("social_participation", "isolation"), "どなたでも",
					null);
			add(rows, orgs.office(), 0, "福祉の総合窓口", List.of("household_finance", "long_term_care", "childcare", "disability"),
					"住民", "平日 8時30分-17時15分");
			add(rows, orgs.office(), 1, "女性相談・DV相談", List.of("domestic_violence", "violence_abuse", "abuse"), "住民", "平日");
			add(rows, orgs.selfReliance(), 0, "自立相談支援",
					List.of("hardship", "household_finance", "employment", "unemployment", "debt", "multiple_debt",
							"housing_security"), "生活に困りごとを抱える方", "平日 9時-17時");
			if (orgs.coreDisability() != null) {
				add(rows, orgs.coreDisability(), 0, "障害者相談支援",
						List.of("disability", "mental_disability", "suspected_disability"), "障害のある方と家族", "平日 9時-17時");
			}
			for (Org center : orgs.communityCenters()) {
				add(rows, center, 0, "高齢者の総合相談",
						List.of("long_term_care", "care_prevention", "advocacy", "isolation", "caregiver_burnout"),
						"高齢者と家族", "平日 8時30分-17時15分");
			}
			for (Org office : orgs.helloWorks()) {
				employment(rows, office);
			}
			for (Org corporation : orgs.corporations()) {
				for (int j = 0; j < corporation.facilities().size(); j++) {
					Facility facility = corporation.facilities().get(j);
					if (random.nextDouble() < 0.7) {
						rows.add(service(Seeds.id(seed, "service", facility.id() + ":0"), facility.id(),
								facility.topic().service() + "（" + facility.name() + "）", facility.topic().needs(),
								unit.code(), "地域の住民", null, random.nextDouble() < 0.3 ? 1 + random.nextInt(10) : null));
					}
				}
			}
			for (Org npo : orgs.npos()) {
				if (random.nextDouble() < 0.8) {
					add(rows, npo, 0, npo.topic().service(), npo.topic().needs(), "地域の住民", null);
				}
			}
			for (Org company : orgs.companies()) {
				if (random.nextDouble() < 0.4) {
					add(rows, company, 0, company.topic().service(), company.topic().needs(), "地域の住民", null);
				}
			}
			for (District district : orgs.districts()) {
				for (Org group : district.groups()) {
					if ("SALON".equals(group.subtype())) {
						add(rows, group, 0, "ふれあいサロン", List.of("isolation", "loneliness"), "地区の住民", "月2回");
					}
				}
			}
		}
		return rows;
	}

	/** A ハローワーク's 職業相談・職業紹介, available throughout its district. */
	private void employment(List<Map<String, Object>> rows, Org office) {
		rows.add(row("id", Seeds.id(seed, "service", office.id() + ":0"), "provider", office.id(), "name",
				"職業相談・職業紹介（" + office.name() + "）", "description", OrganizationRows.DESCRIPTION, "eligibility", "求職者",
				"schedule", "平日", "capacity", null, "needs",
				List.of("employment", "unemployment", "reemployment_failure", "unstable_employment"), "areas", office.serves()));
	}

	private void add(List<Map<String, Object>> rows, Org provider, int index, String name, List<String> needs,
			String eligibility, String schedule) {
		rows.add(service(Seeds.id(seed, "service", provider.id() + ":" + index), provider.id(),
				name + "（" + provider.name() + "）", needs, provider.location(), eligibility, schedule, null));
	}

	private static Map<String, Object> service(String id, String provider, String name, List<String> needs, String area,
			String eligibility, String schedule, Integer capacity) {
		return row("id", id, "provider", provider, "name", name, "description", OrganizationRows.DESCRIPTION, "eligibility",
				eligibility, "schedule", schedule, "capacity", capacity, "needs", needs, "areas", List.of(area));
	}
}
