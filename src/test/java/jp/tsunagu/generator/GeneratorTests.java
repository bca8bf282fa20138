package jp.tsunagu.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jp.tsunagu.bulk.BulkStep;
import jp.tsunagu.generator.NationalPlan.Unit;
import jp.tsunagu.organization.CorporateNumber;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The generator without a database: determinism, the scale's choice of municipalities, the national totals and the
 * distributions of the household rows. Over the synthetic list, which every checkout has.
 */
class GeneratorTests {

	private static final Places PLACES = SyntheticPlaces.create(7);

	private static final HouseholdBatches.Vocabulary VOCABULARY = new HouseholdBatches.Vocabulary(List.of(), List.of());

	@Test
	void theSyntheticListHasTheShapeOfTheRealOne() {
		assertThat(PLACES.prefectures()).hasSize(47);
		assertThat(PLACES.places().stream().filter(p -> !p.ward())).hasSize(1741);
		assertThat(PLACES.places().stream().filter(Places.Place::ward)).hasSize(175);
		assertThat(PLACES.places().stream().filter(p -> !p.ward()).mapToLong(Places.Place::population).sum())
			.isEqualTo(126_146_099L);
		assertThat(PLACES.places().stream().map(Places.Place::code).distinct()).hasSize(1916);
		assertThat(PLACES.places()).allSatisfy(p -> assertThat(jp.tsunagu.area.LocalGovernmentCode.isValid(p.code())).isTrue());
		assertThat(SyntheticPlaces.create(7)).isEqualTo(PLACES);
	}

	@Test
	void theSameSeedGivesTheSameRowsAndAnotherSeedOthers() {
		assertThat(rows(42, 0.02, "households")).isEqualTo(rows(42, 0.02, "households"));
		assertThat(rows(42, 0.02, "organizations")).isEqualTo(rows(42, 0.02, "organizations"));
		assertThat(rows(43, 0.02, "households")).isNotEqualTo(rows(42, 0.02, "households"));
	}

	@Test
	void rowsDoNotDependOnTheNumberOfWriters() {
		Set<Object> one = new HashSet<>(ids(rows(42, 0.02, "households", 1)));
		Set<Object> two = new HashSet<>(ids(rows(42, 0.02, "households", 2)));
		assertThat(two).isEqualTo(one);
	}

	@Test
	void aScalePicksWholeMunicipalitiesWorthItsShareOfThePopulation() {
		for (double scale : new double[] { 0.01, 0.1, 0.5 }) {
			NationalPlan plan = new NationalPlan(PLACES, scale, 42);
			assertThat((double) plan.population() / plan.nationalPopulation()).isCloseTo(scale, within(0.01 + scale * 0.02));
			// a designated city comes with all its wards
			Set<String> chosen = new HashSet<>();
			plan.cities().forEach(c -> chosen.add(c.municipality().prefecture() + "/" + c.municipality().name()));
			long wards = PLACES.places().stream().filter(p -> p.ward() && chosen.contains(p.prefecture() + "/" + p.cityName())).count();
			assertThat(plan.units().stream().filter(Unit::ward).count()).isEqualTo(wards);
		}
		assertThat(new NationalPlan(PLACES, 0.1, 1).cities()).isNotEqualTo(new NationalPlan(PLACES, 0.1, 2).cities());
	}

	@Test
	void atScaleOneTheNationalTotalsComeOutExactly() {
		NationalPlan plan = new NationalPlan(PLACES, 1.0, 42);
		assertThat(plan.cities()).hasSize(1741);
		assertThat(plan.units()).hasSize(1741 - 20 + 175);
		for (Quota quota : Quota.values()) {
			assertThat(plan.total(quota)).as(quota.name()).isEqualTo(quota.national());
		}
		long incorporated = plan.units().stream().filter(u -> u.ward() && u.counts().incorporatedCouncil()).count();
		assertThat(incorporated).isEqualTo(NationalPlan.INCORPORATED_WARD_COUNCILS);
	}

	@Test
	void sharesFollowPopulation() {
		NationalPlan plan = new NationalPlan(PLACES, 1.0, 42);
		for (Unit unit : plan.units()) {
			double quota = 2_000_000.0 * unit.place().population() / plan.nationalPopulation();
			assertThat((double) unit.counts().of(Quota.HOUSEHOLDS)).isCloseTo(quota, within(1.0));
			assertThat(unit.counts().of(Quota.DISTRICTS)).isPositive();
		}
	}

	@Test
	void householdRowsFollowTheDocumentedDistributions() {
		List<Map<String, Object>> households = rows(42, 0.05, "households");
		assertThat(households.size()).isGreaterThan(50_000);
		long loans = 0;
		long exempted = 0;
		long noSupporter = 0;
		long withConsent = 0;
		long dv = 0;
		Map<String, Integer> types = new java.util.HashMap<>();
		Set<Object> codes = new HashSet<>();
		Pattern code = Pattern.compile("HH-[0-9A-HJKMNP-TV-Z]{10}");
		for (Map<String, Object> h : households) {
			List<Map<String, Object>> own = list(h, "loans");
			loans += own.size();
			for (Map<String, Object> loan : own) {
				exempted += "EXEMPTED".equals(loan.get("repaymentStatus")) ? 1 : 0;
				types.merge((String) loan.get("loanType"), 1, Integer::sum);
			}
			noSupporter += list(h, "organizationSupport").isEmpty() && list(h, "personSupport").isEmpty() ? 1 : 0;
			withConsent += list(h, "consents").isEmpty() ? 0 : 1;
			dv += "DV".equals(h.get("protection")) ? 1 : 0;
			assertThat(list(h, "issues")).isNotEmpty();
			assertThat((String) h.get("code")).matches(code);
			codes.add(h.get("code"));
		}
		double n = households.size();
		assertThat(codes).hasSize(households.size());
		assertThat(loans / n).as("loans per household (3.82 M / 2 M)").isCloseTo(1.91, within(0.03));
		assertThat((double) exempted / loans).as("exempted (1.11 M / 3.82 M)").isCloseTo(0.29, within(0.02));
		assertThat(types.get("EMERGENCY_SMALL_FUND") / n).isCloseTo(0.81, within(0.02));
		assertThat(types.get("GENERAL_SUPPORT_FUND") / n).isCloseTo(0.475, within(0.02));
		assertThat(noSupporter / n).isBetween(0.1, 0.3);
		assertThat(withConsent / n).isCloseTo(HouseholdRows.CONSENT, within(0.02));
		assertThat(dv / n).isBetween(0.005, 0.02);
	}

	@Test
	void corporateNumbersAreValidAndNeverRepeat() {
		List<Map<String, Object>> organizations = rows(42, 1.0, "organizations");
		Set<Object> numbers = new HashSet<>();
		long numbered = 0;
		for (Map<String, Object> org : organizations) {
			String number = (String) org.get("corporateNumber");
			if (number != null) {
				numbered++;
				numbers.add(number);
				assertThat(number.charAt(0) - '0').isEqualTo(CorporateNumber.checkDigit(number.substring(1)));
			}
		}
		assertThat(numbers).hasSize((int) numbered);
		// 1,861 社協 + 21,079 社会福祉法人 + 49,611 NPO法人 + 12,600 companies
		assertThat(numbered).isEqualTo(1_861 + 21_079 + 49_611 + 12_600);
		long councils = organizations.stream()
			.filter(o -> "COUNCIL".equals(o.get("kind")) && o.get("corporateNumber") != null)
			.count();
		assertThat(councils).isEqualTo(1_861);
	}

	private static List<Map<String, Object>> rows(long seed, double scale, String step) {
		return rows(seed, scale, step, 2);
	}

	private static List<Map<String, Object>> rows(long seed, double scale, String step, int writers) {
		NationalPlan plan = new NationalPlan(PLACES, scale, seed);
		GeneratorOptions options = new GeneratorOptions(scale, seed, null, null, 1000, writers,
				java.time.Duration.ofSeconds(5), Long.MAX_VALUE);
		BulkStep found = new NationalNetworkGenerator(null).steps(plan, options, VOCABULARY)
			.stream()
			.filter(s -> s.name().equals(step))
			.findFirst()
			.orElseThrow();
		List<Map<String, Object>> rows = new ArrayList<>();
		found.lanes().forEach(lane -> lane.get().forEachRemaining(rows::add));
		return rows;
	}

	private static List<Object> ids(List<Map<String, Object>> rows) {
		return rows.stream().map(r -> r.get("id")).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> row, String key) {
		return (List<Map<String, Object>>) row.get(key);
	}
}
