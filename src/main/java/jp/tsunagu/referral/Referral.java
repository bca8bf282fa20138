package jp.tsunagu.referral;

import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import jp.tsunagu.graph.NodeValues;
import jp.tsunagu.organization.Organization;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/**
 * A referral (つなぎ) of a household from one organisation to another. It names the household only by id: the
 * receiving organisation sees the household itself once it accepts, and only while the household's consent lasts.
 *
 * @param version raised by every change; a change names the version it was read at (optimistic concurrency)
 * @param municipality the code of the household's municipality, for events and counters; not part of the API
 */
record Referral(String id, ReferralStatus status, int version, Organization from, Organization to, String householdId,
		String referredBy, ZonedDateTime createdAt, ZonedDateTime requestedAt, ZonedDateTime respondedAt,
		ZonedDateTime acceptedAt, ZonedDateTime closedAt, ReferralReason reason, String reasonText,
		ReferralOutcome outcome, String outcomeText, List<ReferralChange> history, String municipality) {

	/** From the row {@link ReferralQueries#REFERRAL_ROW} builds. */
	static Referral from(Value row) {
		var r = row.get("r").asNode();
		List<ReferralChange> history = row.get("history")
			.asList(ReferralChange::from)
			.stream()
			.sorted(Comparator.comparingInt(ReferralChange::version))
			.toList();
		return new Referral(NodeValues.string(r, "id"), NodeValues.enumValue(r, "status", ReferralStatus.class),
				r.get("version").asInt(0), Organization.from(row.get("from").asNode()),
				Organization.from(row.get("to").asNode()), row.get("householdId").asString(),
				NodeValues.string(r, "referredBy"), NodeValues.dateTime(r, "createdAt"),
				NodeValues.dateTime(r, "requestedAt"), NodeValues.dateTime(r, "respondedAt"),
				NodeValues.dateTime(r, "acceptedAt"), NodeValues.dateTime(r, "closedAt"),
				NodeValues.enumValue(r, "reason", ReferralReason.class), NodeValues.string(r, "reasonText"),
				NodeValues.enumValue(r, "outcome", ReferralOutcome.class), NodeValues.string(r, "outcomeText"), history,
				row.get("municipality").asString(null));
	}

	public String statusLabelJa() {
		return status.labelJa();
	}

	/** The party an organisation is to this referral, or null when it is neither. */
	ReferralParty partyOf(String organizationId) {
		if (Objects.equals(from.id(), organizationId)) {
			return ReferralParty.SENDER;
		}
		return Objects.equals(to.id(), organizationId) ? ReferralParty.RECEIVER : null;
	}

	/**
	 * The referral as the organisation may see it: until it accepts, the receiver sees the minimum (who referred and
	 * why a change was made stay with the sender); a draft is the sender's alone.
	 */
	Referral seenBy(String organizationId) {
		if (partyOf(organizationId) != ReferralParty.RECEIVER || acceptedAt != null) {
			return this;
		}
		List<ReferralChange> minimal = history.stream()
			.filter(change -> change.to() != ReferralStatus.DRAFT)
			.map(change -> change.party() == ReferralParty.RECEIVER ? change
					: new ReferralChange(change.from(), change.to(), change.party(), null, change.at(), change.reason(),
							null, change.outcome(), null, change.version()))
			.toList();
		return new Referral(id, status, version, from, to, householdId, null, createdAt, requestedAt, respondedAt,
				acceptedAt, closedAt, reason, reason == null || status != ReferralStatus.CANCELLED ? reasonText : null,
				outcome, outcomeText, minimal, municipality);
	}

	/** One change of status, as the history shows it. */
	record ReferralChange(ReferralStatus from, ReferralStatus to, ReferralParty party, String by, ZonedDateTime at,
			ReferralReason reason, String reasonText, ReferralOutcome outcome, String outcomeText, int version) {

		static ReferralChange from(MapAccessor node) {
			return new ReferralChange(NodeValues.enumValue(node, "from", ReferralStatus.class),
					NodeValues.enumValue(node, "to", ReferralStatus.class),
					NodeValues.enumValue(node, "party", ReferralParty.class), NodeValues.string(node, "by"),
					NodeValues.dateTime(node, "createdAt"), NodeValues.enumValue(node, "reason", ReferralReason.class),
					NodeValues.string(node, "reasonText"), NodeValues.enumValue(node, "outcome", ReferralOutcome.class),
					NodeValues.string(node, "outcomeText"), node.get("version").asInt(0));
		}

		public String toLabelJa() {
			return to.labelJa();
		}
	}
}
