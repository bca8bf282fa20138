package jp.tsunagu.meeting;

import jp.tsunagu.graph.NodeValues;
import org.neo4j.driver.Value;

/**
 * A household discussed at a meeting, with the legal basis its case was shared on: the consent relied on, or the
 * statute of the meeting.
 */
public record DiscussedHousehold(String meetingId, String householdId, String code, SharingBasis basis, String statute,
		String consentId) {

	static DiscussedHousehold from(Value row) {
		return new DiscussedHousehold(row.get("meetingId").asString(), row.get("householdId").asString(),
				row.get("code").asString(), SharingBasis.valueOf(row.get("basis").asString()),
				NodeValues.string(row, "statute"), NodeValues.string(row, "consentId"));
	}
}
