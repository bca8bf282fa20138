package jp.tsunagu.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.tsunagu.generator.NationalPlan.Unit;

/**
 * The district (管轄区域) of each ハローワーク: a ハローワーク serves several municipalities, not only its own. The 544
 * offices go to the most populous places ({@link Quota#HELLO_WORK}); every place is served by the offices of the
 * nearest place of its prefecture that has any. Districts are drawn over the whole country, so they do not depend on
 * the scale; a run writes the offices whose district holds a chosen place, also when their own place is not chosen.
 */
final class HelloWorkDistricts {

	private final Map<String, Unit> seatOf = new HashMap<>();

	private final Map<String, List<String>> servedBy = new HashMap<>();

	private final Set<String> chosen = new HashSet<>();

	HelloWorkDistricts(List<Unit> everyUnit, List<Unit> chosenUnits) {
		chosenUnits.forEach(unit -> chosen.add(unit.code()));
		Map<String, List<Unit>> seatsByPrefecture = new LinkedHashMap<>();
		List<Unit> seats = new ArrayList<>();
		for (Unit unit : everyUnit) {
			if (unit.counts().of(Quota.HELLO_WORK) > 0) {
				seats.add(unit);
				seatsByPrefecture.computeIfAbsent(unit.place().prefecture(), p -> new ArrayList<>()).add(unit);
			}
		}
		for (Unit unit : everyUnit) {
			List<Unit> candidates = seatsByPrefecture.getOrDefault(unit.place().prefecture(), seats);
			Unit seat = candidates.stream()
				.min(Comparator.<Unit>comparingDouble(s -> distance(s, unit)).thenComparing(Unit::code))
				.orElseThrow(() -> new IllegalStateException("no ハローワーク in the country"));
			seatOf.put(unit.code(), seat);
			if (chosen.contains(unit.code())) {
				servedBy.computeIfAbsent(seat.code(), s -> new ArrayList<>()).add(unit.code());
			}
		}
	}

	/** The chosen places a seat's offices serve, in the plan's order; empty for a place with no office. */
	List<String> served(Unit seat) {
		return servedBy.getOrDefault(seat.code(), List.of());
	}

	/** The seats of a prefecture outside the run whose district holds a chosen place. */
	List<Unit> seatsOutsideTheRun(String prefectureName) {
		return seatOf.values()
			.stream()
			.distinct()
			.filter(seat -> seat.place().prefecture().equals(prefectureName) && !chosen.contains(seat.code())
					&& servedBy.containsKey(seat.code()))
			.sorted(Comparator.comparing(Unit::code))
			.toList();
	}

	/** Degrees on a plane stretched by the latitude: enough to tell the nearest office of a prefecture. */
	private static double distance(Unit a, Unit b) {
		double dLat = a.place().latitude() - b.place().latitude();
		double dLon = (a.place().longitude() - b.place().longitude()) * Math.cos(Math.toRadians(a.place().latitude()));
		return dLat * dLat + dLon * dLon;
	}
}
