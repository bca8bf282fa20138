package jp.tsunagu.discovery;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jp.tsunagu.api.Connection;
import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.household.HouseholdAccess;
import jp.tsunagu.household.HouseholdAudit;
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

	/** "Today" for live ties is judged in Japan, whatever the server's zone. */
	private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	private final DiscoveryQueries queries;

	private final HouseholdAudit audit;

	private final TransactionalOperator transaction;

	private final DiscoveryProperties properties;

	Discovery(DiscoveryQueries queries, HouseholdAudit audit, TransactionalOperator transaction,
			DiscoveryProperties properties) {
		this.queries = queries;
		this.audit = audit;
		this.transaction = transaction;
		this.properties = properties;
	}

	Mono<Connection<DiscoveryResult>> forHousehold(HouseholdAccess access, String householdId, boolean preventive,
			PageRequest page) {
		return transaction.transactional(queries.forHousehold(access, householdId, preventive)
			.switchIfEmpty(Mono.error(() -> noHousehold(householdId)))
			.flatMap(found -> audit.read(access, List.of(found.householdId())).thenReturn(found)))
			.map(found -> page(Ranking.rank(found.needs(), found.risks(), found.candidates(), true), page));
	}

	Mono<Connection<DiscoveryResult>> forNeeds(Caller caller, List<String> needCodes, String areaCode,
			boolean preventive, PageRequest page) {
		return queries.forNeeds(caller, needCodes, areaCode, preventive).map(found -> {
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
				.thenReturn(WhoKnows.of(householdId, knowers, LocalDate.now(JAPAN), properties.liveContactDays(),
						includeLapsed))));
	}

	/** A household the caller may not see is reported as missing, never as forbidden. */
	private static InvalidArgumentException noHousehold(String householdId) {
		return new InvalidArgumentException("household", "no household with id " + householdId);
	}

	/** Ranked lists are paged by rank: the cursor holds the rank of the last result seen. */
	private static Connection<DiscoveryResult> page(List<DiscoveryResult> ranked, PageRequest page) {
		int after = 0;
		if (page.afterKey() != null) {
			try {
				after = Integer.parseInt(page.afterKey());
			}
			catch (NumberFormatException ex) {
				throw new InvalidArgumentException("after", "is not a cursor this API returned");
			}
		}
		List<DiscoveryResult> rest = ranked.subList(Math.min(Math.max(after, 0), ranked.size()), ranked.size());
		return page.toConnection(rest.subList(0, Math.min(rest.size(), page.limitPlusOne())), ranked.size(),
				result -> String.valueOf(result.rank()), result -> result.service().id());
	}
}
