package jp.tsunagu.referral;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static jp.tsunagu.referral.ReferralParty.RECEIVER;
import static jp.tsunagu.referral.ReferralParty.SENDER;
import static jp.tsunagu.referral.ReferralStatus.ACCEPTED;
import static jp.tsunagu.referral.ReferralStatus.CANCELLED;
import static jp.tsunagu.referral.ReferralStatus.COMPLETED;
import static jp.tsunagu.referral.ReferralStatus.DRAFT;
import static jp.tsunagu.referral.ReferralStatus.FAILED;
import static jp.tsunagu.referral.ReferralStatus.IN_PROGRESS;
import static jp.tsunagu.referral.ReferralStatus.ON_HOLD;
import static jp.tsunagu.referral.ReferralStatus.RECEIVED;
import static jp.tsunagu.referral.ReferralStatus.REJECTED;
import static jp.tsunagu.referral.ReferralStatus.REQUESTED;

/**
 * The allowed moves of a referral and who may make each. The sender sends (or withdraws) its request; the receiver
 * answers it and reports how it goes. Closed statuses (rejected, cancelled, failed, completed) have no way out. The
 * hub itself cancels unanswered referrals when they expire or the household's consent is withdrawn.
 */
final class ReferralTransitions {

	private static final Map<ReferralStatus, Map<ReferralStatus, ReferralParty>> ALLOWED = new EnumMap<>(
			ReferralStatus.class);

	static {
		allow(DRAFT, Map.of(REQUESTED, SENDER, CANCELLED, SENDER));
		allow(REQUESTED, Map.of(RECEIVED, RECEIVER, ACCEPTED, RECEIVER, REJECTED, RECEIVER, CANCELLED, SENDER));
		allow(RECEIVED, Map.of(ACCEPTED, RECEIVER, REJECTED, RECEIVER, CANCELLED, SENDER));
		allow(ACCEPTED, Map.of(IN_PROGRESS, RECEIVER, ON_HOLD, RECEIVER, COMPLETED, RECEIVER, FAILED, RECEIVER,
				CANCELLED, SENDER));
		allow(IN_PROGRESS, Map.of(ON_HOLD, RECEIVER, COMPLETED, RECEIVER, FAILED, RECEIVER, CANCELLED, SENDER));
		allow(ON_HOLD, Map.of(IN_PROGRESS, RECEIVER, FAILED, RECEIVER, CANCELLED, SENDER));
	}

	private ReferralTransitions() {
	}

	private static void allow(ReferralStatus from, Map<ReferralStatus, ReferralParty> to) {
		ALLOWED.put(from, new EnumMap<>(to));
	}

	/** Who may move a referral from one status to the other, or null when no one may. */
	static ReferralParty party(ReferralStatus from, ReferralStatus to) {
		return ALLOWED.getOrDefault(from, Map.of()).get(to);
	}

	/** The statuses the party may move a referral to from this one, in the order of the lifecycle. */
	static List<ReferralStatus> next(ReferralStatus from, ReferralParty party) {
		return ALLOWED.getOrDefault(from, Map.of())
			.entrySet()
			.stream()
			.filter(move -> move.getValue() == party)
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
	}

	static boolean needsReason(ReferralStatus to) {
		return to == REJECTED || to == CANCELLED || to == FAILED;
	}
}
