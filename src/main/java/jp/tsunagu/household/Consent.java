package jp.tsunagu.household;

import java.time.ZonedDateTime;

import jp.tsunagu.graph.NodeValues;
import org.neo4j.driver.types.MapAccessor;

/** A household's consent (本人の同意); a withdrawn consent stays on record with the time it was withdrawn. */
public record Consent(String id, ConsentScope scope, ZonedDateTime givenAt, ZonedDateTime withdrawnAt) {

	static Consent from(MapAccessor node) {
		return new Consent(NodeValues.string(node, "id"), NodeValues.enumValue(node, "scope", ConsentScope.class),
				NodeValues.dateTime(node, "givenAt"), NodeValues.dateTime(node, "withdrawnAt"));
	}

	public String scopeLabelJa() {
		return scope.labelJa();
	}

	public boolean active() {
		return withdrawnAt == null;
	}
}
