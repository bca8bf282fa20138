package jp.tsunagu.gaps;

import java.util.Map;
import java.util.stream.Collectors;

import jp.tsunagu.household.HouseholdFlag;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tsunagu.screening.*}: the points each rule of the loan screening gives; the defaults and what each means are
 * in application.yaml. Points are never negative, so a higher score always means more reasons to reach out.
 *
 * @param inArrears a loan in arrears (滞納)
 * @param exempted a loan exempted from repayment (免除: 住民税非課税 etc., a sign of hardship)
 * @param deferred a loan whose repayment is deferred (猶予)
 * @param perOpenNeed each issue OPEN or IN_PROGRESS
 * @param perIsolationKind each kind of social isolation (社会的孤立の6類型) the household is isolated from
 * @param noSupporter nobody supports the household
 * @param noRecentContact supporters, but none of their ties live ({@code tsunagu.contact.live-days})
 * @param unreachable the latest contact in the contact log was 連絡不通
 * @param addressUnknown the latest contact in the contact log was 住所不明
 * @param flags points per household flag; a flag left out gives none
 */
@ConfigurationProperties("tsunagu.screening")
record ScreeningWeights(int inArrears, int exempted, int deferred, int perOpenNeed, int perIsolationKind,
		int noSupporter, int noRecentContact, int unreachable, int addressUnknown, Map<HouseholdFlag, Integer> flags) {

	ScreeningWeights {
		flags = flags == null ? Map.of() : Map.copyOf(flags);
		for (int points : new int[] { inArrears, exempted, deferred, perOpenNeed, perIsolationKind, noSupporter,
				noRecentContact, unreachable, addressUnknown }) {
			requireNotNegative(points);
		}
		flags.values().forEach(ScreeningWeights::requireNotNegative);
	}

	private static void requireNotNegative(Integer points) {
		if (points == null || points < 0) {
			throw new IllegalArgumentException("tsunagu.screening weights must be 0 or more, was " + points);
		}
	}

	/** The weights as the {@code $weights} parameter of the screening Cypher. */
	Map<String, Object> asParameter() {
		return Map.of("inArrears", inArrears, "exempted", exempted, "deferred", deferred, "perOpenNeed", perOpenNeed,
				"perIsolationKind", perIsolationKind, "noSupporter", noSupporter, "noRecentContact", noRecentContact,
				"unreachable", unreachable, "addressUnknown", addressUnknown,
				"flags", flags.entrySet()
					.stream()
					.collect(Collectors.toMap(entry -> entry.getKey().name(), Map.Entry::getValue)));
	}
}
