package jp.tsunagu.analytics;

import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jp.tsunagu.analytics.CollaborationMetrics.Community;
import jp.tsunagu.analytics.CollaborationNetwork.Scores;
import jp.tsunagu.analytics.CollaborationQueries.Projection;
import jp.tsunagu.api.Connection;
import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.api.UserError;
import jp.tsunagu.api.UserErrors;
import jp.tsunagu.area.Area;
import jp.tsunagu.area.Areas;
import jp.tsunagu.mapping.TieKind;
import jp.tsunagu.organization.Organization;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Reads an area's collaboration network in one statement, scores it with JGraphT ({@link CollaborationNetwork}) and
 * ranks, pages or writes the scores back. Nothing is kept between requests: every call reads the graph as it is.
 */
@Service
class CollaborationAnalysis {

	/** The ties the network can be built from: collaboration, and membership of the same network. */
	static final List<TieKind> TIE_KINDS = List.of(TieKind.COLLABORATES_WITH, TieKind.MEMBER_OF);

	/**
	 * The most betweenness work one request may ask for ({@link CollaborationNetwork.Size#work()}: over the connected
	 * parts, organisations × (organisations + ties)): one part of about 3,000 organisations with 10,000 ties;
	 * measured in the README.
	 */
	static final long MAX_WORK = 40_000_000L;

	private final CollaborationQueries queries;

	private final TransactionalOperator transaction;

	CollaborationAnalysis(CollaborationQueries queries, TransactionalOperator transaction) {
		this.queries = queries;
		this.transaction = transaction;
	}

	/**
	 * @param ties null for both kinds, the schema's default
	 * @param order null for {@link CollaborationOrder#BETWEENNESS}, the schema's default
	 */
	Mono<CollaborationMetrics> metrics(String areaCode, List<TieKind> ties, CollaborationOrder order,
			PageRequest page) {
		Set<TieKind> kinds = checkedTies(ties == null ? TIE_KINDS : ties);
		CollaborationOrder ranking = order == null ? CollaborationOrder.BETWEENNESS : order;
		return Areas.require(analyse(areaCode, kinds), "area", areaCode)
			.onErrorMap(TooLarge.class, tooLarge -> new InvalidArgumentException("area", tooLarge.getMessage()))
			.map(analysis -> metrics(analysis, ranking, page));
	}

	/**
	 * Writes the scores of the network of both kinds of tie onto its organisations. The network is read and scored
	 * first: only the write, one statement, runs in the write transaction, which seconds of scoring would otherwise
	 * hold open.
	 */
	Mono<CollaborationMetricsPayload> write(String areaCode) {
		if (areaCode == null || areaCode.isBlank()) {
			return Mono.just(CollaborationMetricsPayload.failure(new UserErrors().required("area", areaCode)));
		}
		UserErrors errors = new UserErrors();
		return Areas.require(analyse(areaCode, EnumSet.copyOf(TIE_KINDS)), areaCode, errors, "area")
			.flatMap(analysis -> transaction.transactional(queries.write(areaCode, analysis.organizations()))
				.map(at -> new CollaborationMetricsPayload(analysis.area(), analysis.organizations().size(), at,
						List.of())))
			.switchIfEmpty(Mono.fromSupplier(() -> CollaborationMetricsPayload.failure(errors)))
			.onErrorResume(TooLarge.class,
					tooLarge -> Mono.just(CollaborationMetricsPayload.failure(new UserErrors().add("area", tooLarge.getMessage()))));
	}

	private Mono<Analysis> analyse(String areaCode, Set<TieKind> kinds) {
		return queries
			.projection(areaCode, kinds.contains(TieKind.COLLABORATES_WITH), kinds.contains(TieKind.MEMBER_OF))
			// scoring can take seconds (see CollaborationNetwork.Size#work): not on the database's or the shared
			// parallel threads, which timers and other requests need
			.publishOn(Schedulers.boundedElastic())
			.map(projection -> analyse(projection, kinds));
	}

	private static Analysis analyse(Projection projection, Set<TieKind> kinds) {
		List<String> organizationIds = projection.organizations().stream().map(Organization::id).toList();
		CollaborationNetwork.Size size = CollaborationNetwork.measure(organizationIds, projection.collaborations(),
				projection.networks());
		if (size.work() > MAX_WORK) {
			throw new TooLarge(projection.area(), size);
		}
		CollaborationNetwork network = new CollaborationNetwork(organizationIds, projection.collaborations(),
				projection.networks());
		Map<String, Scores> scores = network.scores();
		List<OrganizationCentrality> organizations = projection.organizations().stream().map(organization -> {
			Scores s = scores.get(organization.id());
			return new OrganizationCentrality(0, organization, s.degree(), s.weightedDegree(), s.pageRank(),
					s.betweenness(), s.community());
		}).toList();
		return new Analysis(projection.area(), TIE_KINDS.stream().filter(kinds::contains).toList(),
				network.tieCount(), organizations);
	}

	private static CollaborationMetrics metrics(Analysis analysis, CollaborationOrder order, PageRequest page) {
		List<OrganizationCentrality> sorted = analysis.organizations().stream().sorted(order.comparator()).toList();
		List<OrganizationCentrality> ranked = IntStream.range(0, sorted.size())
			.mapToObj(i -> sorted.get(i).ranked(i + 1))
			.toList();
		int start = 0;
		if (page.afterId() != null) {
			start = IntStream.range(0, ranked.size())
				.filter(i -> ranked.get(i).organization().id().equals(page.afterId()))
				.findFirst()
				.orElseThrow(() -> new InvalidArgumentException("after",
						"that organisation is no longer in this ranking; start again from the first page"))
					+ 1;
		}
		Connection<OrganizationCentrality> organizations = page.toConnection(
				ranked.subList(start, Math.min(ranked.size(), start + page.limitPlusOne())), ranked.size(),
				centrality -> String.valueOf(centrality.rank()), centrality -> centrality.organization().id());
		Map<Integer, List<OrganizationCentrality>> byCommunity = analysis.organizations().stream()
			.collect(Collectors.groupingBy(OrganizationCentrality::community, TreeMap::new, Collectors.toList()));
		List<Community> communities = byCommunity.entrySet().stream()
			.limit(CollaborationMetrics.COMMUNITIES_SHOWN)
			.map(entry -> new Community(entry.getKey(), entry.getValue().size(),
					entry.getValue().stream()
						.sorted(CollaborationOrder.PAGE_RANK.comparator())
						.limit(CollaborationMetrics.MEMBERS_SHOWN)
						.map(OrganizationCentrality::organization)
						.toList()))
			.toList();
		return new CollaborationMetrics(analysis.area(), analysis.ties(), analysis.organizations().size(),
				analysis.tieCount(), organizations, byCommunity.size(), communities);
	}

	private static Set<TieKind> checkedTies(List<TieKind> ties) {
		if (ties == null || ties.isEmpty()) {
			throw new InvalidArgumentException("ties", "name at least one of " + TIE_KINDS);
		}
		Set<TieKind> kinds = EnumSet.copyOf(ties);
		if (!TIE_KINDS.containsAll(kinds)) {
			throw new InvalidArgumentException("ties", "the collaboration network is built from " + TIE_KINDS
					+ " only, was " + ties);
		}
		return kinds;
	}

	/** A network too large to score within a request; reported against the area argument. */
	private static final class TooLarge extends RuntimeException {

		TooLarge(Area area, CollaborationNetwork.Size size) {
			super("the network of " + area.name() + " has " + size.organizations() + " organisations and up to "
					+ size.ties() + " ties; scoring it takes more than one request may ask for (organisations × "
					+ "(organisations + ties), summed over its connected parts, ≤ " + MAX_WORK
					+ "): choose a municipality or district within it");
		}
	}

	private record Analysis(Area area, List<TieKind> ties, int tieCount, List<OrganizationCentrality> organizations) {
	}

	record CollaborationMetricsPayload(Area area, Integer organizationCount, ZonedDateTime writtenAt,
			List<UserError> errors) {

		static CollaborationMetricsPayload failure(UserErrors errors) {
			return new CollaborationMetricsPayload(null, null, null, errors.list());
		}
	}
}
