package jp.tsunagu.plan;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import jp.tsunagu.graph.NodeValues;
import org.neo4j.driver.Value;

/**
 * One version of a household's support plan (支援プラン): goals, tasks, a review date, and the decisions of the
 * meeting that made or revised it. Every save is a new version; earlier ones are kept as they were.
 */
record SupportPlan(String id, String householdId, int version, int latestVersion, List<String> goals,
		LocalDate reviewOn, String decisions, String meetingId, String savedBy, ZonedDateTime savedAt,
		List<PlanTask> tasks) {

	/** From a map {p, v, householdId, latest, meetingId, tasks}. */
	static SupportPlan from(Value row) {
		var p = row.get("p").asNode();
		var v = row.get("v").asNode();
		return new SupportPlan(NodeValues.string(p, "id"), row.get("householdId").asString(), v.get("version").asInt(),
				row.get("latest").asInt(), NodeValues.strings(v, "goals"), NodeValues.date(v, "reviewOn"),
				NodeValues.string(v, "decisions"), NodeValues.string(row, "meetingId"), NodeValues.string(v, "savedBy"),
				NodeValues.dateTime(v, "savedAt"), row.get("tasks").asList(PlanTask::from));
	}
}
