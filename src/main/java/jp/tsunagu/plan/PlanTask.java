package jp.tsunagu.plan;

import java.time.LocalDate;

import jp.tsunagu.graph.NodeValues;
import jp.tsunagu.household.JapanDate;
import jp.tsunagu.organization.Organization;
import jp.tsunagu.person.Person;
import org.neo4j.driver.Value;

/**
 * A task of a support plan with its owner (an organisation or a person), or, in a to-do list, a plan's review that
 * falls due (owned by the organisation that saved the plan).
 */
public record PlanTask(String id, PlanTaskKind kind, String title, LocalDate dueOn, PlanTaskStatus status,
		Organization ownerOrganization, Person ownerPerson, String planId, String householdId) {

	public boolean overdue() {
		return dueOn != null && dueOn.isBefore(JapanDate.today()) && (status == PlanTaskStatus.OPEN
				|| status == PlanTaskStatus.IN_PROGRESS);
	}

	/** From a map {kind, id, title, dueOn, status, owner, ownerIsPerson, planId, householdId}. */
	static PlanTask from(Value row) {
		Value owner = row.get("owner");
		boolean person = row.get("ownerIsPerson").asBoolean(false);
		return new PlanTask(row.get("id").asString(), PlanTaskKind.valueOf(row.get("kind").asString()),
				row.get("title").asString(), NodeValues.date(row, "dueOn"),
				PlanTaskStatus.valueOf(row.get("status").asString()),
				owner.isNull() || person ? null : Organization.from(owner.asNode()),
				owner.isNull() || !person ? null : Person.from(owner.asNode()), row.get("planId").asString(),
				row.get("householdId").asString());
	}
}
