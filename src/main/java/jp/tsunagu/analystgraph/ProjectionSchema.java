package jp.tsunagu.analystgraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the analysts' graph may hold, by label: the directory as it is (copied with every property), people and
 * households only as the projections build them. Any other label of the operational graph (accounts, audit events,
 * consents, referrals, the hub's secret fingerprint, migrations) is never read.
 */
final class ProjectionSchema {

	/** Copied node for node and tie for tie, keyed by id. */
	static final List<String> DIRECTORY = List.of("Area", "Organization", "Network", "Service", "Activity",
			"Commission", "Need", "Field", "IsolationKind", "SupportFunction", "RiskPathway", "PartnerSystem",
			"SubsidyBand");

	static final List<String> PERSON_LABELS = List.of("Person", "StaffMember", "CommissionedVolunteer");

	/** A person's ties to the directory: their role, their organisation, their district, their networks. */
	static final List<String> PERSON_TIES = List.of("WORKS_FOR", "BELONGS_TO", "ASSIGNED_TO", "MEMBER_OF");

	private static final List<String> CODED = List.of("Area", "Need", "Field", "IsolationKind", "SupportFunction");

	/** The plain indexes of the schema, by name (its constraints' names all start {@code analyst_} too). */
	static final List<String> INDEXES = List.of("analyst_organization_name", "analyst_area_name");

	private ProjectionSchema() {
	}

	static List<String> statements() {
		List<String> statements = new ArrayList<>();
		for (String label : DIRECTORY) {
			statements.add(constraint(label, "id"));
		}
		for (String label : CODED) {
			statements.add(constraint(label, "code"));
		}
		statements.add(constraint("Household", "pseudonym"));
		statements.add(constraint("Person", "pseudonym"));
		statements.add("CREATE INDEX " + INDEXES.get(0) + " IF NOT EXISTS FOR (n:Organization) ON (n.name)");
		statements.add("CREATE INDEX " + INDEXES.get(1) + " IF NOT EXISTS FOR (n:Area) ON (n.name)");
		return statements;
	}

	/** Labels and keys are the constants above, never input. */
	private static String constraint(String label, String key) {
		return "CREATE CONSTRAINT analyst_" + label.toLowerCase(Locale.ROOT) + "_" + key.toLowerCase(Locale.ROOT)
				+ " IF NOT EXISTS FOR (n:" + label + ") REQUIRE n." + key + " IS UNIQUE";
	}
}
