package jp.tsunagu.analytics;

import java.util.List;
import java.util.Locale;

import org.neo4j.driver.Value;
import org.neo4j.driver.summary.Plan;

/**
 * The second check of an analyst's query, on the plan the database made for it (EXPLAIN, nothing runs): whatever the
 * parser made of the text, a plan that loads CSV, calls a procedure off the list, or lists or ends transactions,
 * settings, users or anything else of the DBMS is refused.
 */
final class PlanGuard {

	private static final List<String> ADMINISTRATION = List.of("show", "terminate", "system",
			"administration", "createuser", "alteruser", "dropuser");

	private PlanGuard() {
	}

	static void check(Plan plan) {
		String operator = plan.operatorType().toLowerCase(Locale.ROOT);
		String details = details(plan);
		if (operator.startsWith("loadcsv")) {
			throw CypherGuard.refused("LOAD CSV is not available to analysts");
		}
		if (ADMINISTRATION.stream().anyMatch(operator::contains)) {
			throw CypherGuard.refused("administration commands are not available to analysts (" + plan.operatorType() + ")");
		}
		if (operator.startsWith("procedurecall") && CypherGuard.procedures()
			.stream()
			.noneMatch(procedure -> details.toLowerCase(Locale.ROOT).startsWith(procedure + "("))) {
			throw CypherGuard.refused("calls a procedure analysts may not use (" + details + ")");
		}
		plan.children().forEach(PlanGuard::check);
	}

	private static String details(Plan plan) {
		Value details = plan.arguments().get("Details");
		return details == null || details.isNull() ? "" : details.asString().trim();
	}
}
