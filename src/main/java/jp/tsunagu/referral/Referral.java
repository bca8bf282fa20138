package jp.tsunagu.referral;

import java.time.ZonedDateTime;

import jp.tsunagu.graph.NodeValues;
import jp.tsunagu.organization.Organization;
import org.neo4j.driver.Record;

/**
 * A referral (つなぎ) of a household from one organisation to another. It names the household only by id: the
 * receiving organisation sees the household itself once it accepts, and only while the household's consent lasts.
 */
record Referral(String id, ReferralStatus status, Organization from, Organization to, String householdId,
		String referredBy, ZonedDateTime createdAt, ZonedDateTime respondedAt) {

	/** From a record with the referral {@code r}, its organisations {@code from} and {@code to}, and {@code householdId}. */
	static Referral from(Record record) {
		var r = record.get("r").asNode();
		return new Referral(NodeValues.string(r, "id"), NodeValues.enumValue(r, "status", ReferralStatus.class),
				Organization.from(record.get("from").asNode()), Organization.from(record.get("to").asNode()),
				record.get("householdId").asString(), NodeValues.string(r, "referredBy"),
				NodeValues.dateTime(r, "createdAt"), NodeValues.dateTime(r, "respondedAt"));
	}
}
