package jp.tsunagu.gaps;

import static jp.tsunagu.graph.CypherParameters.of;

import jp.tsunagu.api.Connection;
import jp.tsunagu.casework.ContactOutcome;
import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.graph.NodeValues;
import jp.tsunagu.household.ContactProperties;
import jp.tsunagu.household.Household;
import jp.tsunagu.household.HouseholdAccess;
import jp.tsunagu.household.JapanDate;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Households with open needs whose connections are being lost (つながりが切れかけている): no supporter, no contact
 * within staleDays (by default {@code tsunagu.contact.live-days}, when a support tie stops counting as live), or a
 * single supporter. Ranked by reason (in that order), then the longest without contact (never
 * contacted first), then the most open needs, then code.
 */
@Repository
class LostConnectionQueries {

	static final String ROWS = HouseholdRanking.visibleHouseholds(
			"EXISTS { (h)-[i:HAS_ISSUE]->(:Need) WHERE i.status IN ['OPEN', 'IN_PROGRESS'] }") + """

			WITH h, COUNT { (h)-[i:HAS_ISSUE]->(:Need) WHERE i.status IN ['OPEN', 'IN_PROGRESS'] } AS openNeedCount
			""" + HouseholdRanking.SUPPORT + """

			WITH h, openNeedCount, supporterCount, lastContact,
			     duration.inDays(lastContact, %s).days AS daysSinceContact,
			     %2$s AS lastOutcome
			WITH h, openNeedCount, supporterCount, lastContact, daysSinceContact, lastOutcome,
			     CASE WHEN supporterCount = 0 THEN 0
			          WHEN lastOutcome IN ['UNREACHABLE', 'ADDRESS_UNKNOWN'] THEN 1
			          WHEN daysSinceContact IS NULL OR daysSinceContact > $staleDays THEN 2
			          WHEN supporterCount = 1 THEN 3 END AS urgency
			WHERE urgency IS NOT NULL
			WITH h, openNeedCount, supporterCount, lastContact, daysSinceContact, lastOutcome, urgency,
			     CASE WHEN daysSinceContact IS NULL OR daysSinceContact > 99999 THEN 99999
			          WHEN daysSinceContact < 0 THEN 0 ELSE daysSinceContact END AS silence
			WITH h,
			     toString(urgency) + right('0000' + toString(99999 - silence), 5)
			       + right('00' + toString(999 - CASE WHEN openNeedCount > 999 THEN 999 ELSE openNeedCount END), 3)
			       + h.code AS rankKey,
			     {h: h, reason: ['NO_SUPPORTER', 'UNREACHABLE', 'NO_RECENT_CONTACT', 'SINGLE_SUPPORTER'][urgency],
			      supporterCount: supporterCount, lastContact: lastContact, daysSinceContact: daysSinceContact,
			      openNeedCount: openNeedCount, lastOutcome: lastOutcome} AS row""".formatted(JapanDate.TODAY_IN_CYPHER,
					HouseholdRanking.LAST_CONTACT_OUTCOME);

	private final HouseholdRanking ranking;

	private final ContactProperties contact;

	LostConnectionQueries(HouseholdRanking ranking, ContactProperties contact) {
		this.ranking = ranking;
		this.contact = contact;
	}

	/** @param staleDays null for {@link ContactProperties#liveDays()} */
	Mono<Connection<LostConnection>> lostConnections(HouseholdAccess access, String area, Integer staleDays,
			PageRequest page) {
		int threshold = staleDays == null ? contact.liveDays() : staleDays;
		if (threshold < 1) {
			throw new InvalidArgumentException("staleDays", "must be 1 or more, was " + threshold);
		}
		return ranking.page(access, ROWS, area, of("staleDays", threshold), page,
				LostConnectionQueries::lostConnection, LostConnection::household);
	}

	private static LostConnection lostConnection(Value row) {
		return new LostConnection(Household.from(row.get("h").asNode()),
				LostConnectionReason.valueOf(row.get("reason").asString()), row.get("supporterCount").asInt(),
				NodeValues.date(row, "lastContact"), NodeValues.integer(row, "daysSinceContact"),
				row.get("openNeedCount").asInt(),
				row.get("lastOutcome").isNull() ? null : ContactOutcome.valueOf(row.get("lastOutcome").asString()));
	}
}
