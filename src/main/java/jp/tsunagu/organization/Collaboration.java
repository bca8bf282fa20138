package jp.tsunagu.organization;

import java.time.LocalDate;

import jp.tsunagu.graph.NodeValues;
import org.neo4j.driver.types.MapAccessor;

/** A collaboration tie seen from {@code organization}; the tie itself has no direction. */
public record Collaboration(Organization organization, Organization partner, CollaborationKind kind, LocalDate since,
		String note, String evidence) {

	static Collaboration from(Organization organization, Organization partner, MapAccessor tie) {
		return new Collaboration(organization, partner,
				NodeValues.enumValue(tie, "collaborationKind", CollaborationKind.class), NodeValues.date(tie, "since"),
				NodeValues.string(tie, "note"), NodeValues.string(tie, "evidence"));
	}

	public String kindLabelJa() {
		return kind.labelJa();
	}
}
