package jp.tsunagu.network;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import jp.tsunagu.graph.LifecycleStatus;
import jp.tsunagu.graph.NodeValues;
import org.neo4j.driver.types.MapAccessor;

/** An activity or programme (事業・活動) run by organisations and networks. */
public record Activity(String id, String name, ActivityKind kind, String description, LocalDate since,
		boolean generated, boolean archived, ZonedDateTime createdAt, ZonedDateTime updatedAt, LifecycleStatus status) {

	public static Activity from(MapAccessor node) {
		return new Activity(NodeValues.string(node, "id"), NodeValues.string(node, "name"),
				NodeValues.enumValue(node, "activityKind", ActivityKind.class), NodeValues.string(node, "description"),
				NodeValues.date(node, "since"), NodeValues.flag(node, "generated"), NodeValues.flag(node, "archived"),
				NodeValues.dateTime(node, "createdAt"), NodeValues.dateTime(node, "updatedAt"), LifecycleStatus.of(node));
	}

	public String statusLabelJa() {
		return status.labelJa();
	}

	public String kindLabelJa() {
		return kind.labelJa();
	}
}
