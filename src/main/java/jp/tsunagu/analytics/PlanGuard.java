package jp.tsunagu.analytics;

import java.util.Locale;

import org.neo4j.driver.Value;
import org.neo4j.driver.summary.Plan;

/**
 * The second check of an analyst's query, on the plan the database made for it (EXPLAIN, nothing runs): whatever
 * the text looks like, a plan that scans every node, loads CSV, calls a procedure off the list or touches accounts
 * or the audit log is refused. Accounts and audit events have no relationships, so without a scan of all nodes or
 * their labels there is no way to them.
 */
final class PlanGuard {

	private PlanGuard() {
	}

	static void check(Plan plan) {
		String operator = plan.operatorType().toLowerCase(Locale.ROOT);
		String details = details(plan);
		if (operator.startsWith("allnodesscan")) {
			throw CypherGuard.refused("reads every node of the graph (a node pattern without a label); start from a label");
		}
		if (operator.startsWith("loadcsv")) {
			throw CypherGuard.refused("LOAD CSV is not available to analysts");
		}
		if (operator.startsWith("procedurecall")
				&& CypherGuard.procedures().stream().noneMatch(procedure -> details.startsWith(procedure + "("))) {
			throw CypherGuard.refused("calls a procedure analysts may not use (" + details + ")");
		}
		for (String hidden : CypherGuard.hiddenNames()) {
			if (details.toLowerCase(Locale.ROOT).contains(hidden.toLowerCase(Locale.ROOT))) {
				throw CypherGuard.refused("touches " + hidden + "; accounts and the audit log are not analysts' data");
			}
		}
		plan.children().forEach(PlanGuard::check);
	}

	private static String details(Plan plan) {
		Value details = plan.arguments().get("Details");
		return details == null || details.isNull() ? "" : details.asString().trim();
	}
}
