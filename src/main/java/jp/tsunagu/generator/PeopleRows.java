package jp.tsunagu.generator;

import static jp.tsunagu.generator.StepRows.row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import jp.tsunagu.generator.NationalPlan.City;
import jp.tsunagu.generator.NationalPlan.Unit;
import jp.tsunagu.generator.Organizations.Org;
import jp.tsunagu.generator.Organizations.UnitOrganizations;
import jp.tsunagu.person.StaffRole;

/**
 * Rows of the people: each place's 民生委員・児童委員, spread evenly over its districts and belonging to its 民児協, and
 * the staff of the 社協 and the 自立相談支援機関.
 */
final class PeopleRows {

	/** The last four nationwide appointments (一斉改選, 1 December every three years). */
	private static final List<LocalDate> APPOINTMENTS = List.of(LocalDate.of(2016, 12, 1), LocalDate.of(2019, 12, 1),
			LocalDate.of(2022, 12, 1), LocalDate.of(2025, 12, 1));

	/** 主任児童委員 are about 9% of the commissioned (21,000 of 230,000). */
	static final double CHIEF_CHILD_COMMISSIONERS = 0.09;

	private final long seed;

	private final Organizations organizations;

	PeopleRows(long seed, Organizations organizations) {
		this.seed = seed;
		this.organizations = organizations;
	}

	String volunteerId(Unit unit, int index) {
		return Seeds.id(seed, "person", "volunteer:" + unit.code() + ":" + index);
	}

	List<Map<String, Object>> volunteers(Unit unit) {
		UnitOrganizations orgs = organizations.of(unit);
		SplittableRandom random = Seeds.random(seed, "volunteers", unit.code());
		int districts = orgs.districts().size();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < unit.counts().of(Quota.VOLUNTEERS); i++) {
			double draw = random.nextDouble();
			LocalDate since = APPOINTMENTS.get(draw < 0.15 ? 0 : draw < 0.4 ? 1 : draw < 0.7 ? 2 : 3);
			rows.add(row("id", volunteerId(unit, i), "name", Names.person(random), "chief",
					random.nextDouble() < CHIEF_CHILD_COMMISSIONERS, "district", orgs.districts().get(i % districts).code(),
					"organization", orgs.commissioners().id(), "since", since));
		}
		return rows;
	}

	/** Staff of the place's 社協 (a life-support coordinator, then CSWs, one per 50,000 people, at most 12). */
	String councilStaffId(Org council, int index) {
		return Seeds.id(seed, "person", "staff:" + council.id() + ":" + index);
	}

	static int councilStaff(Unit unit) {
		return (int) Math.min(12, 1 + unit.place().population() / 50_000);
	}

	List<Map<String, Object>> staff(City city) {
		List<Map<String, Object>> rows = new ArrayList<>();
		SplittableRandom random = Seeds.random(seed, "staff", city.code());
		if (city.designated()) {
			Org council = organizations.city(city).council();
			for (int i = 0; i < 2; i++) {
				rows.add(staff(councilStaffId(council, i), council, StaffRole.INCLUSIVE_SUPPORT_PROMOTER, random));
			}
		}
		for (Unit unit : city.units()) {
			UnitOrganizations orgs = organizations.of(unit);
			for (int i = 0; i < councilStaff(unit); i++) {
				StaffRole role = i == 0 ? StaffRole.LIFE_SUPPORT_COORDINATOR : StaffRole.COMMUNITY_SOCIAL_WORKER;
				rows.add(staff(councilStaffId(orgs.council(), i), orgs.council(), role, random));
			}
			Org agency = orgs.selfReliance();
			rows.add(staff(Seeds.id(seed, "person", "staff:" + agency.id() + ":0"), agency,
					StaffRole.CHIEF_CONSULTATION_SUPPORT_WORKER, random));
			rows.add(staff(Seeds.id(seed, "person", "staff:" + agency.id() + ":1"), agency,
					StaffRole.CONSULTATION_SUPPORT_WORKER, random));
		}
		return rows;
	}

	private static Map<String, Object> staff(String id, Org organization, StaffRole role, SplittableRandom random) {
		return row("id", id, "name", Names.person(random), "organization", organization.id(), "role", role.name(), "since",
				LocalDate.of(2010 + random.nextInt(16), 4, 1));
	}
}
