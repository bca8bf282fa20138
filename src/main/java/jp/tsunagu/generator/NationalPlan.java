package jp.tsunagu.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagu.generator.Places.Place;
import jp.tsunagu.generator.Places.Prefecture;

/**
 * Which municipalities a run covers and how many of everything each place gets. Every count is shared out over the
 * whole country first ({@link Apportionment}), so a place's share never depends on the scale or the seed; the scale
 * then picks whole municipalities (a designated city with all its wards) in a seeded order until their population
 * reaches the scale's share of the nation.
 */
final class NationalPlan {

	/** 区社協 that are legal entities of their own: 1,861 社協 − 1 national − 47 prefectural − 1,741 municipal. */
	static final int INCORPORATED_WARD_COUNCILS = 72;

	private final List<Prefecture> prefectures;

	private final List<City> cities;

	private final List<City> selected;

	private final long nationalPopulation;

	private final double scale;

	NationalPlan(Places places, double scale, long seed) {
		this.scale = scale;
		this.prefectures = places.prefectures();
		Map<String, Prefecture> prefectureByName = new LinkedHashMap<>();
		prefectures.forEach(p -> prefectureByName.put(p.name(), p));
		Map<String, City> cityByName = new LinkedHashMap<>();
		List<Place> wards = new ArrayList<>();
		for (Place place : places.places()) {
			if (place.ward()) {
				wards.add(place);
			}
			else {
				cityByName.put(place.prefecture() + "/" + place.name(),
						new City(place, prefectureByName.get(place.prefecture()), new ArrayList<>()));
			}
		}
		for (Place ward : wards) {
			City city = cityByName.get(ward.prefecture() + "/" + ward.cityName());
			if (city == null) {
				throw new IllegalArgumentException("ward " + ward.code() + " " + ward.name() + ": no municipality \""
						+ ward.cityName() + "\" in " + ward.prefecture());
			}
			city.units().add(new Unit(ward, city, 0, null));
		}
		this.cities = List.copyOf(cityByName.values());
		List<Unit> units = new ArrayList<>();
		for (City city : cities) {
			if (city.units().isEmpty()) {
				city.units().add(new Unit(city.municipality(), city, 0, null));
			}
			units.addAll(city.units());
		}
		this.nationalPopulation = cities.stream().mapToLong(c -> c.municipality().population()).sum();
		share(units, seed);
		this.selected = select(seed);
	}

	private void share(List<Unit> units, long seed) {
		double[] weights = units.stream().mapToDouble(u -> u.place().population()).toArray();
		Map<Quota, long[]> shares = new EnumMap<>(Quota.class);
		for (Quota quota : Quota.values()) {
			shares.put(quota, Apportionment.largestRemainder(quota.national(), weights, quota.minimum()));
		}
		List<String> incorporated = units.stream()
			.filter(u -> u.place().ward())
			.map(u -> u.place().code())
			.sorted(Comparator.comparingLong(code -> Seeds.of(seed, "incorporated-ward-council", code)))
			.limit(INCORPORATED_WARD_COUNCILS)
			.toList();
		for (int i = 0; i < units.size(); i++) {
			Unit unit = units.get(i);
			Map<Quota, Long> counts = new EnumMap<>(Quota.class);
			for (Quota quota : Quota.values()) {
				counts.put(quota, shares.get(quota)[i]);
			}
			List<Unit> siblings = unit.city().units();
			siblings.set(siblings.indexOf(unit), new Unit(unit.place(), unit.city(), i,
					new Counts(counts, !unit.place().ward() || incorporated.contains(unit.place().code()))));
		}
	}

	private List<City> select(long seed) {
		if (scale >= 1.0) {
			return cities;
		}
		double target = scale * nationalPopulation;
		List<City> order = new ArrayList<>(cities);
		order.sort(Comparator.comparingLong(c -> Seeds.of(seed, "select", c.municipality().code())));
		List<String> chosen = new ArrayList<>();
		long sum = 0;
		for (City city : order) {
			long population = city.municipality().population();
			if (sum + population <= target) {
				chosen.add(city.municipality().code());
				sum += population;
			}
		}
		if (chosen.isEmpty()) {
			chosen.add(order.stream().min(Comparator.comparingLong(c -> c.municipality().population())).orElseThrow()
				.municipality().code());
		}
		return cities.stream().filter(c -> chosen.contains(c.municipality().code())).toList();
	}

	List<Prefecture> prefectures() {
		return prefectures;
	}

	/** The chosen municipalities, in the order of the input file. */
	List<City> cities() {
		return selected;
	}

	List<Unit> units() {
		return selected.stream().flatMap(c -> c.units().stream()).toList();
	}

	/** Every place of the country, chosen or not. */
	List<Unit> everyUnit() {
		return cities.stream().flatMap(c -> c.units().stream()).toList();
	}

	long nationalPopulation() {
		return nationalPopulation;
	}

	long population() {
		return selected.stream().mapToLong(c -> c.municipality().population()).sum();
	}

	long total(Quota quota) {
		return units().stream().mapToLong(u -> u.counts().of(quota)).sum();
	}

	/** A municipality with the places people live in: itself, or its wards when it is a designated city. */
	record City(Place municipality, Prefecture prefecture, List<Unit> units) {

		boolean designated() {
			return units.size() > 1 || (units.size() == 1 && units.get(0).place().ward());
		}

		String code() {
			return municipality.code();
		}
	}

	/**
	 * A place where people live: a municipality, or a ward of a designated city.
	 *
	 * @param ordinal its position among all places of the country
	 */
	record Unit(Place place, City city, int ordinal, Counts counts) {

		String code() {
			return place.code();
		}

		boolean ward() {
			return place.ward();
		}

		/** Units are compared by their place: a unit's city refers back to it. */
		@Override
		public boolean equals(Object other) {
			return other instanceof Unit unit && unit.place.equals(place);
		}

		@Override
		public int hashCode() {
			return place.hashCode();
		}

		@Override
		public String toString() {
			return "Unit[" + place.code() + " " + place.name() + "]";
		}
	}

	/** A place's share of each quota, and whether its own 社協 is a legal entity. */
	record Counts(Map<Quota, Long> shares, boolean incorporatedCouncil) {

		int of(Quota quota) {
			return Math.toIntExact(shares.get(quota));
		}
	}
}
