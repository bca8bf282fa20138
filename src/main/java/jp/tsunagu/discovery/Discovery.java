package jp.tsunagu.discovery;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import jp.tsunagu.api.Connection;
import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.household.ContactProperties;
import jp.tsunagu.household.HouseholdAccess;
import jp.tsunagu.household.HouseholdAudit;
import jp.tsunagu.household.JapanDate;
import jp.tsunagu.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Discovery for a household (scoped, and audited in the same transaction as the read) or for needs in an area, and
 * who knows a household.
 */
@Service
class Discovery {

	/** The most directory ties a warm path takes after the knower. */
	static final int MAX_DIRECTORY_TIES = 6;

	private final DiscoveryQueries queries;

	private final HouseholdAudit audit;

	private final TransactionalOperator transaction;

	private final ContactProperties contact;

	Discovery(DiscoveryQueries queries, HouseholdAudit audit, TransactionalOperator transaction,
			ContactProperties contact) {
		this.queries = queries;
		this.audit = audit;
		this.transaction = transaction;
		this.contact = contact;
	}

	Mono<Connection<DiscoveryResult>> forHousehold(HouseholdAccess access, String householdId, boolean preventive,
			PageRequest page) {
		return transaction.transactional(queries.forHousehold(access, householdId, preventive, liveSince())
			.switchIfEmpty(Mono.error(() -> noHousehold(householdId)))
			.flatMap(found -> audit.read(access, List.of(found.householdId())).thenReturn(found)))
			.map(found -> page(Ranking.rank(found.needs(), found.risks(), found.candidates(), true), page));
	}

	Mono<Connection<DiscoveryResult>> forNeeds(Caller caller, List<String> needCodes, String areaCode,
			boolean preventive, PageRequest page) {
		return queries.forNeeds(caller, needCodes, areaCode, preventive, liveSince()).map(found -> {
			if (!found.unknownNeeds().isEmpty()) {
				throw new InvalidArgumentException("needs", "no need with code " + String.join(", ", found.unknownNeeds()));
			}
			if (!found.areaKnown()) {
				throw new InvalidArgumentException("area", "no area with code " + areaCode);
			}
			return page(Ranking.rank(found.needs(), found.risks(), found.candidates(), false), page);
		});
	}

	Mono<WhoKnows> whoKnows(HouseholdAccess access, String householdId, boolean includeLapsed) {
		return transaction.transactional(queries.whoKnows(access, householdId)
			.switchIfEmpty(Mono.error(() -> noHousehold(householdId)))
			.flatMap(knowers -> audit.read(access, List.of(householdId))
				.thenReturn(WhoKnows.of(householdId, knowers, JapanDate.today(), contact.liveDays(),
						includeLapsed))));
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
