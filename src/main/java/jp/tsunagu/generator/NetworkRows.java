package jp.tsunagu.generator;

import static jp.tsunagu.generator.StepRows.row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import jp.tsunagu.generator.NationalPlan.City;
import jp.tsunagu.generator.NationalPlan.Unit;
import jp.tsunagu.generator.Organizations.CityOrganizations;
import jp.tsunagu.generator.Organizations.District;
import jp.tsunagu.generator.Organizations.Facility;
import jp.tsunagu.generator.Organizations.Org;
import jp.tsunagu.generator.Organizations.UnitOrganizations;
import jp.tsunagu.generator.Places.Prefecture;
import jp.tsunagu.network.MemberRole;
import jp.tsunagu.network.NetworkKind;

/**
 * Rows of the networks, each with its members: per municipality the 社会福祉法人連絡協議会, the 第1層協議体, a
 * 第2層協議体 in about half the districts, a 重層的支援会議 where the municipality runs 重層的支援体制整備事業, a
 * 施設連絡会 in cities of 100,000 or more; per prefecture the 社協's liaison meeting of its municipal councils; one
 * national committee of the prefectural councils.
 */
final class NetworkRows {

	private final long seed;

	private final Organizations organizations;

	private final PeopleRows people;

	NetworkRows(long seed, Organizations organizations, PeopleRows people) {
		this.seed = seed;
		this.organizations = organizations;
		this.people = people;
	}

	/** Whether the municipality runs 重層的支援体制整備事業 (346 of 1,741 in FY2024, more often the larger ones). */
	boolean layeredSupport(City city) {
		long population = city.municipality().population();
		double chance = population >= 200_000 ? 0.5 : population >= 50_000 ? 0.25 : 0.12;
		return Seeds.random(seed, "layered-support", city.code()).nextDouble() < chance;
	}

	List<Map<String, Object>> city(City city) {
		SplittableRandom random = Seeds.random(seed, "networks", city.code());
		CityOrganizations own = organizations.city(city);
		String name = city.municipality().name();
		List<Org> corporations = new ArrayList<>();
		List<Org> npos = new ArrayList<>();
		List<Org> agencies = new ArrayList<>();
		List<Org> commissioners = new ArrayList<>();
		List<String> facilities = new ArrayList<>();
		List<Org> companies = new ArrayList<>();
		for (Unit unit : city.units()) {
			UnitOrganizations orgs = organizations.of(unit);
			corporations.addAll(orgs.corporations());
			npos.addAll(orgs.npos());
			companies.addAll(orgs.companies());
			agencies.add(orgs.selfReliance());
			agencies.addAll(orgs.communityCenters());
			commissioners.add(orgs.commissioners());
			orgs.corporations().forEach(c -> c.facilities().stream().map(Facility::id).forEach(facilities::add));
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		if (corporations.size() >= 2) {
			LocalDate founded = date(random, 2014, 2021);
			Members members = new Members(random, founded);
			members.add(own.council(), MemberRole.SECRETARIAT);
			corporations.forEach(c -> members.add(c, MemberRole.MEMBER));
			rows.add(network("corporations:" + city.code(), name + "社会福祉法人連絡協議会", NetworkKind.COUNCIL, null, founded,
					List.of(city.code()), members));
		}
		LocalDate founded = date(random, 2015, 2018);
		Members tier1 = new Members(random, founded);
		tier1.add(own.council(), MemberRole.SECRETARIAT);
		tier1.add(own.office(), MemberRole.MEMBER);
		sample(corporations, 3, random).forEach(o -> tier1.add(o, MemberRole.MEMBER));
		sample(npos, 3, random).forEach(o -> tier1.add(o, MemberRole.MEMBER));
		commissioners.forEach(o -> tier1.add(o, MemberRole.MEMBER));
		city.units().forEach(unit -> tier1.person(people.councilStaffId(organizations.of(unit).council(), 0)));
		rows.add(network("tier1:" + city.code(), name + " 第1層協議体（生活支援体制整備事業）", NetworkKind.CONSULTATIVE_BODY, 1,
				founded, List.of(city.code()), tier1));
		for (Unit unit : city.units()) {
			UnitOrganizations orgs = organizations.of(unit);
			for (District district : orgs.districts()) {
				if (random.nextDouble() < 0.5) {
					LocalDate since = date(random, 2016, 2022);
					Members tier2 = new Members(random, since);
					tier2.add(orgs.council(), MemberRole.SECRETARIAT);
					district.groups().forEach(g -> tier2.add(g, MemberRole.MEMBER));
					sample(orgs.corporations(), 2, random).forEach(o -> tier2.add(o, MemberRole.MEMBER));
					tier2.add(orgs.commissioners(), MemberRole.MEMBER);
					rows.add(network("tier2:" + district.code(), district.name() + " 第2層協議体", NetworkKind.CONSULTATIVE_BODY,
							2, since, List.of(district.code()), tier2));
				}
			}
		}
		if (layeredSupport(city)) {
			LocalDate since = date(random, 2021, 2024);
			Members meeting = new Members(random, since);
			meeting.add(own.council(), MemberRole.SECRETARIAT);
			meeting.add(own.office(), MemberRole.SECRETARIAT);
			agencies.forEach(o -> meeting.add(o, MemberRole.MEMBER));
			if (own.coreDisability() != null) {
				meeting.add(own.coreDisability(), MemberRole.MEMBER);
			}
			sample(npos, 3, random).forEach(o -> meeting.add(o, MemberRole.MEMBER));
			rows.add(network("layered:" + city.code(), name + "重層的支援会議", NetworkKind.MEETING, null, since,
					List.of(city.code()), meeting));
		}
		if (city.municipality().population() >= 100_000) {
			LocalDate since = date(random, 2005, 2018);
			Members liaison = new Members(random, since);
			liaison.add(own.council(), MemberRole.SECRETARIAT);
			sampleIds(facilities, 80, random).forEach(id -> liaison.add(id, MemberRole.MEMBER));
			sample(npos, 20, random).forEach(o -> liaison.add(o, MemberRole.MEMBER));
			sample(companies, 20, random).forEach(o -> liaison.add(o, MemberRole.MEMBER));
			rows.add(network("facilities:" + city.code(), name + "施設連絡会", NetworkKind.LIAISON_COUNCIL, null, since,
					List.of(city.code()), liaison));
		}
		return rows;
	}

	List<Map<String, Object>> prefecture(Prefecture prefecture, int index, List<City> cities) {
		SplittableRandom random = Seeds.random(seed, "networks", prefecture.code());
		LocalDate since = date(random, 2010, 2020);
		Members members = new Members(random, since);
		members.add(organizations.prefecturalCouncil(prefecture, index), MemberRole.SECRETARIAT);
		members.add(organizations.legalSupport(prefecture), MemberRole.MEMBER);
		cities.forEach(city -> members.add(organizations.city(city).council(), MemberRole.MEMBER));
		return List.of(network("prefecture:" + prefecture.code(), prefecture.name() + "社協 市町村社協連絡会議",
				NetworkKind.MEETING, null, since, List.of(prefecture.code()), members));
	}

	List<Map<String, Object>> national(NationalPlan plan, List<Prefecture> prefectures) {
		SplittableRandom random = Seeds.random(seed, "networks", "national");
		LocalDate since = LocalDate.of(2015, 5, 1);
		Members members = new Members(random, since);
		members.add(organizations.nationalCouncilId(), MemberRole.SECRETARIAT);
		List<Prefecture> all = plan.prefectures();
		for (Prefecture prefecture : prefectures) {
			members.add(organizations.prefecturalCouncil(prefecture, all.indexOf(prefecture)), MemberRole.MEMBER);
		}
		return List.of(network("national", "全国 地域福祉推進委員会（生成データ）", NetworkKind.SUBCOMMITTEE, null, since,
				all.stream().map(Prefecture::code).toList(), members));
	}

	private Map<String, Object> network(String key, String name, NetworkKind kind, Integer tier, LocalDate founded,
			List<String> covers, Members members) {
		return row("id", Seeds.id(seed, "network", key), "name", name, "networkKind", kind.name(), "tier", tier,
				"description", OrganizationRows.DESCRIPTION, "foundedOn", founded, "covers", covers, "organizations",
				members.organizations, "people", members.people);
	}

	static LocalDate date(SplittableRandom random, int fromYear, int toYear) {
		LocalDate from = LocalDate.of(fromYear, 4, 1);
		return from.plusDays(random.nextInt((int) (LocalDate.of(toYear, 4, 1).toEpochDay() - from.toEpochDay()) + 1));
	}

	static <T> List<T> sample(List<T> items, int most, SplittableRandom random) {
		if (items.size() <= most) {
			return items;
		}
		List<T> picked = new ArrayList<>();
		List<T> rest = new ArrayList<>(items);
		for (int i = 0; i < most; i++) {
			picked.add(rest.remove(random.nextInt(rest.size())));
		}
		return picked;
	}

	private static List<String> sampleIds(List<String> ids, int most, SplittableRandom random) {
		return sample(ids, most, random);
	}

	/** Members of one network, each joining on or up to three years after its founding. */
	private static final class Members {

		final List<Map<String, Object>> organizations = new ArrayList<>();

		final List<Map<String, Object>> people = new ArrayList<>();

		private final SplittableRandom random;

		private final LocalDate founded;

		private final java.util.Set<String> seen = new java.util.HashSet<>();

		Members(SplittableRandom random, LocalDate founded) {
			this.random = random;
			this.founded = founded;
		}

		void add(Org org, MemberRole role) {
			add(org.id(), role);
		}

		void add(String id, MemberRole role) {
			if (seen.add(id)) {
				organizations.add(row("id", id, "role", role.name(), "since", since(role)));
			}
		}

		void person(String id) {
			if (seen.add(id)) {
				people.add(row("id", id, "role", MemberRole.MEMBER.name(), "since", since(MemberRole.MEMBER)));
			}
		}

		private LocalDate since(MemberRole role) {
			return role == MemberRole.SECRETARIAT || random.nextDouble() < 0.5 ? founded
					: founded.plusDays(random.nextInt(3 * 365));
		}
	}
}
