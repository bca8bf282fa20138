package jp.tsunagu.gaps;

import static jp.tsunagu.graph.CypherParameters.of;

import java.util.Comparator;
import java.util.List;

import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.household.ContactProperties;
import jp.tsunagu.household.Household;
import jp.tsunagu.household.HouseholdAccess;
import jp.tsunagu.household.HouseholdFlag;
import jp.tsunagu.household.JapanDate;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Screening of special-loan households (特例貸付借受世帯のスクリーニング): every borrower household the caller may see,
 * scored in Cypher by explainable rules whose points are the {@link ScreeningWeights} (a parameter, so ordering and
 * paging happen in the database). Highest score first, then code. "No recent contact" means no supporter's tie is live
 * by {@code tsunagu.contact.live-days}, the setting lostConnections and whoKnows use.
 */
@Repository
class LoanScreeningQueries {

	static final String ROWS = HouseholdRanking.visibleHouseholds("EXISTS { (h)-[:HAS_LOAN]->(:Loan) }")
			+ "\n" + HouseholdRanking.SUPPORT + """

			WITH h, supporterCount, lastContact,
			     %2$s AS lastOutcome,
			     [(h)-[:HAS_LOAN]->(loan:Loan) | loan.repaymentStatus] AS repayments,
			     COUNT { (h)-[i:HAS_ISSUE]->(:Need) WHERE i.status IN ['OPEN', 'IN_PROGRESS'] } AS openNeeds,
			     COUNT { (h)-[:ISOLATED_FROM]->(:IsolationKind) } AS isolationKinds
			WITH h, [reason IN [
			       {rule: 'IN_ARREARS', points: CASE WHEN 'IN_ARREARS' IN repayments THEN $weights.inArrears ELSE 0 END},
			       {rule: 'EXEMPTED', points: CASE WHEN 'EXEMPTED' IN repayments THEN $weights.exempted ELSE 0 END},
			       {rule: 'DEFERRED', points: CASE WHEN 'DEFERRED' IN repayments THEN $weights.deferred ELSE 0 END},
			       {rule: 'OPEN_NEEDS', count: openNeeds, points: openNeeds * $weights.perOpenNeed},
			       {rule: 'ISOLATION', count: isolationKinds, points: isolationKinds * $weights.perIsolationKind},
			       {rule: 'NO_SUPPORTER', points: CASE WHEN supporterCount = 0 THEN $weights.noSupporter ELSE 0 END},
			       {rule: 'NO_RECENT_CONTACT', points: CASE
			          WHEN supporterCount > 0 AND (lastContact IS NULL
			               OR duration.inDays(lastContact, %s).days > $liveDays)
			          THEN $weights.noRecentContact ELSE 0 END},
			       {rule: 'UNREACHABLE', points: CASE WHEN lastOutcome = 'UNREACHABLE' THEN $weights.unreachable ELSE 0 END},
			       {rule: 'ADDRESS_UNKNOWN', points: CASE WHEN lastOutcome = 'ADDRESS_UNKNOWN' THEN $weights.addressUnknown ELSE 0 END}
			     ] + [flag IN coalesce(h.flags, []) | {rule: 'HOUSEHOLD_FLAG', flag: flag, points: coalesce($weights.flags[flag], 0)}]
			     WHERE reason.points > 0] AS reasons
			WITH h, reasons, reduce(total = 0, reason IN reasons | total + reason.points) AS score
			WITH h, right('00000000' + toString(999999999 - score), 9) + h.code AS rankKey,
			     {h: h, score: score, reasons: reasons} AS row""".formatted(JapanDate.TODAY_IN_CYPHER,
					HouseholdRanking.LAST_CONTACT_OUTCOME);

	private static final Comparator<ScreeningReason> LARGEST_FIRST = Comparator
		.comparingInt(ScreeningReason::points)
		.reversed()
		.thenComparing(ScreeningReason::rule)
		.thenComparing(reason -> reason.flag() == null ? "" : reason.flag().name());

	private final HouseholdRanking ranking;

	private final ScreeningWeights weights;

	private final ContactProperties contact;

	LoanScreeningQueries(HouseholdRanking ranking, ScreeningWeights weights, ContactProperties contact) {
		this.ranking = ranking;
		this.weights = weights;
		this.contact = contact;
	}

	Mono<Connection<ScreenedHousehold>> screen(HouseholdAccess access, String area, PageRequest page) {
		return ranking.page(access, ROWS, area, of("weights", weights.asParameter(), "liveDays", contact.liveDays()),
				page, LoanScreeningQueries::screened, ScreenedHousehold::household);
	}

	private static ScreenedHousehold screened(Value row) {
		List<ScreeningReason> reasons = row.get("reasons")
			.asList(reason -> new ScreeningReason(ScreeningRule.valueOf(reason.get("rule").asString()),
					reason.get("points").asInt(),
					reason.get("flag").isNull() ? null : HouseholdFlag.valueOf(reason.get("flag").asString()),
					reason.get("count").isNull() ? null : reason.get("count").asInt()))
			.stream()
			.sorted(LARGEST_FIRST)
			.toList();
		return new ScreenedHousehold(Household.from(row.get("h").asNode()), row.get("score").asInt(), reasons);
	}
}
