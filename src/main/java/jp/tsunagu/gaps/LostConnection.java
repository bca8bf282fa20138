package jp.tsunagu.gaps;

import java.time.LocalDate;

import jp.tsunagu.casework.ContactOutcome;
import jp.tsunagu.household.Household;

/** A household whose connections are being lost, and why. */
record LostConnection(Household household, LostConnectionReason reason, int supporterCount, LocalDate lastContact,
		Integer daysSinceContact, int openNeedCount, ContactOutcome lastContactOutcome) {

	public String reasonLabelJa() {
		return reason.labelJa();
	}
}
