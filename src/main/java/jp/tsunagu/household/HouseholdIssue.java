package jp.tsunagu.household;

import java.time.LocalDate;

import jp.tsunagu.graph.NodeValues;
import jp.tsunagu.taxonomy.Need;
import org.neo4j.driver.types.MapAccessor;

/** A HAS_ISSUE tie: a life issue (生活課題) of a household and where it stands. */
public record HouseholdIssue(Need need, IssueStatus status, LocalDate since) {

	static HouseholdIssue of(Need need, MapAccessor tie) {
		return new HouseholdIssue(need, NodeValues.enumValue(tie, "status", IssueStatus.class),
				NodeValues.date(tie, "since"));
	}

	public String statusLabelJa() {
		return status.labelJa();
	}
}
