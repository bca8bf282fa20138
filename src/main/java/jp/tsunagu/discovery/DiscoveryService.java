package jp.tsunagu.discovery;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jp.tsunagu.api.Connection;
import jp.tsunagu.area.Areas;
import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.discovery.DiscoveryQueries.Found;
import jp.tsunagu.household.ContactProperties;
import jp.tsunagu.household.HouseholdAccess;
import jp.tsunagu.household.AuditedRead;
import jp.tsunagu.household.JapanDate;
import jp.tsunagu.security.Caller;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * DiscoveryService for a household (scoped, and audited in the same transaction as the read) or for needs in an area, and
 * who knows a household.
 */
@Service
class DiscoveryService {

	/**
	 * The most directory ties a warm path takes after the knower: a longer introduction chain is not a warm
	 * introduction (nor one through another municipality, {@link DiscoveryQueries#local}).
	 */
	static final int MAX_DIRECTORY_TIES = 3;

	private final DiscoveryQueries queries;

	private final AuditedRead audited;

	private final ContactProperties contact;

	DiscoveryService(DiscoveryQueries queries, AuditedRead audited,
			ContactProperties contact) {
		this.queries = queries;
		this.audited = audited;
		this.contact = contact;
	}

	/** Two statements: the candidates, then the same with the warm paths that can move services on the page. */
	Mono<DiscoveryConnection> forHousehold(HouseholdAccess access, String householdId, boolean preventive,
			PageRequest page) {
		LocalDate liveSince = liveSince();
		return audited.run(access, queries.forHousehold(access, householdId, preventive, liveSince, PathPlan.NONE)
			.flatMap(outline -> withPaths(outline, page,
					plan -> queries.forHousehold(access, householdId, preventive, liveSince, plan)))
			.switchIfEmpty(Mono.error(() -> noHousehold(householdId))), found -> List.of(found.householdId()))
			.map(found -> DiscoveryConnection.of(page(Ranking.rank(found.needs(), found.risks(), found.candidates(), true), page),
					UnaddressedNeed.of(found.needs(), found.candidates(), found.home())));
	}

	Mono<DiscoveryConnection> forNeeds(Caller caller, List<String> needCodes, String areaCode,
			boolean preventive, PageRequest page) {
		LocalDate liveSince = liveSince();
		return queries.forNeeds(caller, needCodes, areaCode, preventive, liveSince, PathPlan.NONE).flatMap(outline -> {
			if (!outline.unknownNeeds().isEmpty()) {
				throw new InvalidArgumentException("needs",
						"no need with code " + String.join(", ", outline.unknownNeeds()));
			}
			return Areas.require(Mono.just(outline).filter(Found::areaKnown), "area", areaCode);
		}).flatMap(outline -> withPaths(outline, page,
				plan -> queries.forNeeds(caller, needCodes, areaCode, preventive, liveSince, plan)))
			.map(found -> DiscoveryConnection.of(page(Ranking.rank(found.needs(), found.risks(), found.candidates(), false), page),
					UnaddressedNeed.of(found.needs(), found.candidates(), found.home())));
	}

	private static Mono<Found> withPaths(Found outline, PageRequest page, Function<PathPlan, Mono<Found>> search) {
		PathPlan plan = plan(outline, page);
		return plan.pathsFor().isEmpty() ? Mono.just(outline) : search.apply(plan);
	}

	/**
	 * The warm paths that can move services on the page. Services rank by {@link Ranking#coverage} first and a path
	 * only orders those of equal coverage, so the page lies within the coverages from the cursor's (all of it: the
	 * cursor may be its last) to the one {@code first + 1} places further; the paths of the others would change
	 * nothing shown. On a first page, the lowest of these coverages gives the page only its remaining places, and a
	 * path from a supporter in live contact ranks above any other: once that many of its services have one, the rest
	 * need no other search. None when the cursor's service is gone: the ranking then refuses the cursor.
	 */
	static PathPlan plan(Found outline, PageRequest page) {
		Map<String, Integer> coverage = outline.candidates()
			.stream()
			.collect(Collectors.toMap(candidate -> candidate.service().id(),
					candidate -> Ranking.coverage(outline.needs(), outline.risks(), candidate), (a, b) -> a));
		List<Integer> levels = coverage.values().stream().sorted(Comparator.reverseOrder()).toList();
		if (levels.isEmpty() || (page.afterId() != null && !coverage.containsKey(page.afterId()))) {
			return PathPlan.NONE;
		}
		int highest = page.afterId() == null ? Integer.MAX_VALUE : coverage.get(page.afterId());
		int last = page.afterId() == null ? -1 : levels.lastIndexOf(highest);
		int lowest = levels.get(Math.min(levels.size() - 1, last + page.limitPlusOne()));
		Set<String> pathsFor = idsWhere(coverage, level -> level >= lowest && level <= highest);
		if (page.afterId() != null) {
			return new PathPlan(pathsFor, Set.of(), 0);
		}
		int above = (int) levels.stream().filter(level -> level > lowest).count();
		return new PathPlan(pathsFor, idsWhere(coverage, level -> level == lowest), page.limitPlusOne() - above);
	}

	private static Set<String> idsWhere(Map<String, Integer> coverage, IntPredicate level) {
		return coverage.entrySet()
			.stream()
			.filter(entry -> level.test(entry.getValue()))
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

	Mono<WhoKnows> whoKnows(HouseholdAccess access, String householdId, boolean includeLapsed) {
		return audited.run(access, queries.whoKnows(access, householdId)
			.switchIfEmpty(Mono.error(() -> noHousehold(householdId))), knowers -> List.of(householdId))
			.map(knowers -> WhoKnows.of(householdId, knowers, JapanDate.today(), contact.liveDays(), includeLapsed));
	}

	/** A household the caller may not see is reported as missing, never as forbidden. */
	private static InvalidArgumentException noHousehold(String householdId) {
		return new InvalidArgumentException("household", "no household with id " + householdId);
	}

	/** A support tie last used before this day, in Japan, has lapsed. */
	private LocalDate liveSince() {
		return JapanDate.today().minusDays(contact.liveDays());
	}

	/**
	 * Ranks are recomputed on every call, so a page continues after the cursor's service wherever it now ranks: a
	 * service added or gone between two pages neither repeats nor skips a result.
	 */
	private static Connection<DiscoveryResult> page(List<DiscoveryResult> ranked, PageRequest page) {
		int start = 0;
		if (page.afterId() != null) {
			start = IntStream.range(0, ranked.size())
				.filter(i -> ranked.get(i).service().id().equals(page.afterId()))
				.findFirst()
				.orElseThrow(() -> new InvalidArgumentException("after",
						"that service is no longer in this ranking; start again from the first page"))
					+ 1;
		}
		return page.toConnection(ranked.subList(start, Math.min(ranked.size(), start + page.limitPlusOne())),
				ranked.size(), result -> String.valueOf(result.rank()), result -> result.service().id());
	}
}
