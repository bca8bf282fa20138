package jp.tsunagu.generator;

import static jp.tsunagu.generator.StepRows.row;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import jp.tsunagu.generator.NationalPlan.City;
import jp.tsunagu.generator.NationalPlan.Unit;
import jp.tsunagu.generator.Organizations.CityOrganizations;
import jp.tsunagu.generator.Organizations.Org;
import jp.tsunagu.organization.CollaborationKind;
import jp.tsunagu.organization.OrganizationKind;

/**
 * Rows of the collaborations (COLLABORATES_WITH) that start at each organisation of a place: most with another
 * organisation of the same municipality (85%), some with one elsewhere in the prefecture (13%), a few bridges across the
 * country (2%). How many ties an organisation starts depends on its kind: the 社協 most, resident groups least.
 */
final class CollaborationRows {

	static final double SAME_PREFECTURE = 0.13;

	static final double ACROSS_COUNTRY = 0.02;

	private final long seed;

	private final Organizations organizations;

	private final List<City> cities;

	private final Map<String, List<City>> citiesByPrefecture = new LinkedHashMap<>();

	CollaborationRows(long seed, Organizations organizations, List<City> cities) {
		this.seed = seed;
		this.organizations = organizations;
		this.cities = cities;
		cities.forEach(c -> citiesByPrefecture.computeIfAbsent(c.prefecture().code(), k -> new ArrayList<>()).add(c));
	}

	/** Mean ties an organisation of the kind starts. */
	static double ties(Org org) {
		if (org.kind() == OrganizationKind.COUNCIL) {
			return "DISTRICT".equals(org.subtype()) ? 1 : 8;
		}
		return switch (org.kind()) {
			case GOVERNMENT_OFFICE, SUPPORT_AGENCY -> 2.5;
			case SOCIAL_WELFARE_CORPORATION -> 2;
			case NPO -> 1.2;
			case COMPANY -> 0.6;
			default -> 0.4;
		};
	}

	List<Map<String, Object>> city(City city) {
		SplittableRandom random = Seeds.random(seed, "collaborations", city.code());
		List<Org> local = organizationsOf(city);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Org org : local) {
			double mean = ties(org);
			int count = (int) mean + (random.nextDouble() < mean - (int) mean ? 1 : 0);
			Set<String> partners = new HashSet<>();
			for (int t = 0; t < count; t++) {
				double draw = random.nextDouble();
				String note;
				Org partner;
				if (draw < ACROSS_COUNTRY) {
					partner = anyOrganization(cities.get(random.nextInt(cities.size())), random);
					note = "全国の橋渡し";
				}
				else if (draw < ACROSS_COUNTRY + SAME_PREFECTURE) {
					List<City> neighbours = citiesByPrefecture.get(city.prefecture().code());
					partner = anyOrganization(neighbours.get(random.nextInt(neighbours.size())), random);
					note = "県内の連携";
				}
				else {
					partner = local.get(random.nextInt(local.size()));
					note = "市町村内の連携";
				}
				if (!partner.id().equals(org.id()) && partners.add(partner.id())) {
					rows.add(row("from", org.id(), "to", partner.id(), "kind", kind(random).name(), "since",
							NetworkRows.date(random, 2010, 2026), "note", "生成データ（架空）: " + note));
				}
			}
		}
		return rows;
	}

	private List<Org> organizationsOf(City city) {
		List<Org> orgs = new ArrayList<>();
		if (city.designated()) {
			CityOrganizations own = organizations.city(city);
			orgs.add(own.council());
			orgs.add(own.office());
			orgs.add(own.coreDisability());
		}
		city.units().forEach(unit -> orgs.addAll(organizations.of(unit).all()));
		return orgs;
	}

	private Org anyOrganization(City city, SplittableRandom random) {
		Unit unit = city.units().get(random.nextInt(city.units().size()));
		List<Org> orgs = organizations.of(unit).all();
		return orgs.get(random.nextInt(orgs.size()));
	}

	private static CollaborationKind kind(SplittableRandom random) {
		double draw = random.nextDouble();
		return draw < 0.55 ? CollaborationKind.JOINT_ACTIVITY
				: draw < 0.9 ? CollaborationKind.REFERRAL_PARTNERSHIP : CollaborationKind.AGREEMENT;
	}
}
