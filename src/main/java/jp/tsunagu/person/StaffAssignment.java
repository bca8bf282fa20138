package jp.tsunagu.person;

import java.time.LocalDate;

import jp.tsunagu.graph.NodeValues;
import jp.tsunagu.organization.Organization;
import org.neo4j.driver.types.MapAccessor;

/** A person working for an organisation in a role: the WORKS_FOR tie, with both ends already loaded. */
public record StaffAssignment(Person person, Organization organization, StaffRole role, LocalDate since) {

	static StaffAssignment from(Person person, Organization organization, MapAccessor worksFor) {
		return new StaffAssignment(person, organization, NodeValues.enumValue(worksFor, "role", StaffRole.class),
				NodeValues.date(worksFor, "since"));
	}

	public String roleLabelJa() {
		return role.labelJa();
	}
}
