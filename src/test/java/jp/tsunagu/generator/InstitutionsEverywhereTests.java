package jp.tsunagu.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.tsunagu.bulk.BulkStep;
import jp.tsunagu.generator.NationalPlan.Unit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every place a run writes has the institutions every municipality in Japan has: a ハローワーク whose district covers
 * it, a 地域包括支援センター, a 自立相談支援機関 and the town hall's welfare desk. Over the synthetic list, at a small and
 * at the national scale.
 */
class InstitutionsEverywhereTests {

	private static final Places PLACES = SyntheticPlaces.create(7);

	@Test
	void everyPlaceIsServedByEachInstitutionAtEveryScale() {
		for (double scale : new double[] { 0.01, 0.1, 1.0 }) {
			NationalPlan plan = new NationalPlan(PLACES, scale, 42);
			List<Map<String, Object>> organizations = rows(plan, "organizations");
			Set<String> places = new HashSet<>(plan.units().stream().map(Unit::code).toList());
			for (String agency : List.of("HELLO_WORK", "COMMUNITY_GENERAL_SUPPORT_CENTER", "SELF_RELIANCE_SUPPORT_AGENCY")) {
				assertThat(served(organizations, "agencyType", agency)).as(agency + " at scale " + scale)
					.containsAll(places);
			}
			assertThat(served(organizations, "kind", "GOVERNMENT_OFFICE")).as("welfare desk at scale " + scale)
				.containsAll(places);

			Set<Object> helloWorkIds = new HashSet<>(organizations.stream()
				.filter(o -> "HELLO_WORK".equals(o.get("agencyType")))
				.map(o -> o.get("id"))
				.toList());
			Set<Object> withJobServices = new HashSet<>();
			for (Map<String, Object> service : rows(plan, "services")) {
				if (helloWorkIds.contains(service.get("provider"))) {
					withJobServices.addAll((List<?>) service.get("areas"));
				}
			}
			assertThat(withJobServices).as("職業相談 at scale " + scale).containsAll(places);
		}
	}

	@Test
	void aHelloWorkServesADistrictOfSeveralPlacesAndTheNationHas544() {
		NationalPlan plan = new NationalPlan(PLACES, 1.0, 42);
		List<Map<String, Object>> offices = rows(plan, "organizations").stream()
			.filter(o -> "HELLO_WORK".equals(o.get("agencyType")))
			.toList();
		assertThat(offices).hasSize(544);
		assertThat(offices.stream().mapToInt(o -> ((List<?>) o.get("serves")).size()).max().orElseThrow())
			.isGreaterThan(1);
	}

	private static Set<Object> served(List<Map<String, Object>> organizations, String key, String value) {
		Set<Object> served = new HashSet<>();
		organizations.stream()
			.filter(o -> value.equals(o.get(key)))
			.forEach(o -> served.addAll((List<?>) o.get("serves")));
		return served;
	}

	private static List<Map<String, Object>> rows(NationalPlan plan, String step) {
		GeneratorOptions options = new GeneratorOptions(1.0, 42, null, null, 1000, 1, java.time.Duration.ofSeconds(5),
				Long.MAX_VALUE);
		BulkStep found = new NationalNetworkGenerator(null)
			.steps(plan, options, new HouseholdBatches.Vocabulary(List.of(), List.of()))
			.stream()
			.filter(s -> s.name().equals(step))
			.findFirst()
			.orElseThrow();
		List<Map<String, Object>> rows = new ArrayList<>();
		found.lanes().forEach(lane -> lane.get().forEachRemaining(rows::add));
		return rows;
	}
}
