package jp.tsunagu.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.tsunagu.area.Area;
import jp.tsunagu.taxonomy.Need;

/**
 * Ranks the services found for a household or for needs in an area, and says why in Japanese. The order, as one
 * number ({@code score}, higher first; ties by service name, then id):
 * <ol>
 * <li>100000 if it covers a sought need directly; preventive-only results come after every direct one;</li>
 * <li>10000 × the number of needs it covers (direct needs, or for a preventive-only result the later pathway needs),
 * counted up to 9: one service covering several needs ranks above several covering one each;</li>
 * <li>1000 × warmth: 2 when the warmest path starts at someone who supports the household and is in live contact with
 * it; 1 when it starts at another knower: a supporter whose contact has lapsed, the record holder, a 民生委員 assigned to
 * the household's area, an organisation that accepted a referral for it (or, for needs in an area, the caller's
 * organisation); 0 when cold;</li>
 * <li>100 × (9 − ties on the warmest path), for a warm result: shorter first;</li>
 * <li>10 × nearness of availability: district 3, ward 2, municipality 1, 圏域 or prefecture 0.</li>
 * </ol>
 */
final class Ranking {

	static final int DIRECT = 100_000;

	static final int PER_NEED = 10_000;

	static final int PER_WARMTH = 1_000;

	static final int PER_SHORTER_TIE = 100;

	static final int PER_NEARNESS = 10;

	private static final int COUNTED_UP_TO = 9;

	private static final Comparator<WarmPath> WARMEST = Comparator.comparingInt(WarmPath::warmth)
		.reversed()
		.thenComparingInt(WarmPath::length)
		.thenComparing(path -> path.knower().name())
		.thenComparing(path -> path.knower().id());

	/** The database finds preventive links in no set order; the answer lists them, and its reasons name the first. */
	private static final Comparator<PreventiveLink> LINK_ORDER = Comparator
		.comparing((PreventiveLink link) -> link.pathway().code())
		.thenComparing(link -> link.trigger().code())
		.thenComparing(link -> link.need().code());

	private Ranking() {
	}

	/**
	 * @param forHousehold whether the needs are a household's open issues (else the needs asked for)
	 */
	static List<DiscoveryResult> rank(List<Need> needs, List<PreventiveLink> risks, List<Candidate> candidates,
			boolean forHousehold) {
		List<PreventiveLink> ordered = risks.stream().sorted(LINK_ORDER).toList();
		List<DiscoveryResult> unranked = candidates.stream()
			.map(candidate -> explain(needs, ordered, candidate, forHousehold))
			.sorted(Comparator.comparingInt(DiscoveryResult::score)
				.reversed()
				.thenComparing(result -> result.service().name())
				.thenComparing(result -> result.service().id()))
			.toList();
		List<DiscoveryResult> ranked = new ArrayList<>(unranked.size());
		for (DiscoveryResult result : unranked) {
			ranked.add(new DiscoveryResult(result.service(), ranked.size() + 1, result.score(), result.covers(),
					result.availability(), result.availableIn(), result.preventive(), result.warmestPath(),
					result.viaSupporter(), result.reasons()));
		}
		return List.copyOf(ranked);
	}

	/**
	 * The part of the score no path changes: direct or preventive-only, and how many needs. It decides the order
	 * between two services whenever it differs, since the rest of a score stays below {@link #PER_NEED}.
	 */
	static int coverage(List<Need> needs, List<PreventiveLink> risks, Candidate candidate) {
		Set<String> addressed = Set.copyOf(candidate.addressed());
		return coverage(covered(needs, addressed), foreseen(risks, addressed));
	}

	private static int coverage(List<Need> covers, List<PreventiveLink> preventive) {
		boolean direct = !covers.isEmpty();
		long counted = direct ? covers.size()
				: preventive.stream().map(link -> link.need().code()).distinct().count();
		return (direct ? DIRECT : 0) + PER_NEED * (int) Math.min(counted, COUNTED_UP_TO);
	}

	private static List<Need> covered(List<Need> needs, Set<String> addressed) {
		return needs.stream().filter(need -> addressed.contains(need.code())).toList();
	}

	private static List<PreventiveLink> foreseen(List<PreventiveLink> risks, Set<String> addressed) {
		return risks.stream().filter(link -> addressed.contains(link.need().code())).toList();
	}

	private static DiscoveryResult explain(List<Need> needs, List<PreventiveLink> risks, Candidate candidate,
			boolean forHousehold) {
		Set<String> addressed = Set.copyOf(candidate.addressed());
		List<Need> covers = covered(needs, addressed);
		List<PreventiveLink> preventive = foreseen(risks, addressed);
		boolean direct = !covers.isEmpty();
		WarmPath warmest = candidate.paths().stream().min(WARMEST).orElse(null);
		Area nearest = candidate.areas()
			.stream()
			.min(Comparator.comparing((Area area) -> Availability.of(area.kind())).thenComparing(Area::code))
			.orElseThrow();
		Availability availability = Availability.of(nearest.kind());

		int score = coverage(covers, preventive)
				+ (warmest == null ? 0
						: PER_WARMTH * warmest.warmth()
								+ PER_SHORTER_TIE * (COUNTED_UP_TO - Math.min(warmest.length(), COUNTED_UP_TO)))
				+ PER_NEARNESS * availability.nearness();

		List<String> reasons = new ArrayList<>();
		if (direct) {
			reasons.add((forHousehold ? "世帯の課題 " : "指定された課題 ") + labels(covers) + " に対応");
		}
		preventiveReasons(preventive).forEach(reasons::add);
		reasons.add(warmest == null ? "既存のつながりなし（直接の連絡が必要）"
				: warmest.viaLabelJa() + " " + warmest.knower().name() + " から" + warmest.steps() + "ステップ");
		reasons.add(nearest.name() + "で利用可能");

		return new DiscoveryResult(candidate.service(), 0, score, covers, availability, nearest, preventive,
				warmest == null ? null : warmest.whole(), warmest != null && warmest.warmth() == 2,
				List.copyOf(reasons));
	}

	/** One line per need foreseen, naming the first pathway and trigger that lead to it. */
	private static List<String> preventiveReasons(List<PreventiveLink> preventive) {
		Map<String, PreventiveLink> byNeed = new LinkedHashMap<>();
		preventive.forEach(link -> byNeed.putIfAbsent(link.need().code(), link));
		return byNeed.values()
			.stream()
			.map(link -> "予防的な支援: " + link.trigger().labelJa() + " の先にある " + link.need().labelJa() + " に対応（自殺の危機経路 "
					+ link.pathway().labelJa() + "）")
			.toList();
	}

	private static String labels(List<Need> needs) {
		return needs.stream().map(Need::labelJa).collect(Collectors.joining("・"));
	}
}
