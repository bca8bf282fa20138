package jp.tsunagu.discovery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.tsunagu.discovery.DiscoveryQueries.KnownBy;
import jp.tsunagu.mapping.MapNode;
import jp.tsunagu.network.Network;

/**
 * Who knows a household, and where they meet.
 *
 * @param knowers live ones first, then by last contact (newest first), then name
 * @param networks the networks at least one of the knowers belongs to, with those knowers; most knowers first
 */
record WhoKnows(String householdId, int liveContactDays, List<Knower> knowers, List<NetworkOfKnowers> networks) {

	/** How someone knows the household. */
	record KnowerTie(KnowerKind kind, LocalDate since, LocalDate lastContact, boolean live) {

		public String kindLabelJa() {
			return kind.labelJa();
		}
	}

	/**
	 * @param lastContact the latest last contact of their support ties
	 * @param networks networks they are a member of, or (a staff member, a 民生委員) their organisation is
	 */
	record Knower(MapNode node, List<KnowerTie> ties, LocalDate lastContact, boolean live, List<Network> networks) {
	}

	record NetworkOfKnowers(Network network, List<MapNode> knowers) {
	}

	/** A knower is live when any of their ties is ({@link KnowerKind#live}). */
	static WhoKnows of(String householdId, List<KnownBy> stored, LocalDate today, int liveContactDays,
			boolean includeLapsed) {
		LocalDate liveSince = today.minusDays(liveContactDays);
		List<Knower> knowers = stored.stream()
			.map(known -> knower(known, liveSince))
			.filter(knower -> includeLapsed || knower.live())
			.sorted(Comparator.comparing(Knower::live)
				.reversed()
				.thenComparing(Knower::lastContact, Comparator.nullsLast(Comparator.reverseOrder()))
				.thenComparing(knower -> knower.node().name())
				.thenComparing(knower -> knower.node().id()))
			.toList();
		Map<String, Network> networks = new LinkedHashMap<>();
		Map<String, List<MapNode>> members = new LinkedHashMap<>();
		for (Knower knower : knowers) {
			for (Network network : knower.networks()) {
				networks.putIfAbsent(network.id(), network);
				members.computeIfAbsent(network.id(), id -> new ArrayList<>()).add(knower.node());
			}
		}
		List<NetworkOfKnowers> meetingPlaces = networks.values()
			.stream()
			.map(network -> new NetworkOfKnowers(network, List.copyOf(members.get(network.id()))))
			.sorted(Comparator.comparingInt((NetworkOfKnowers place) -> place.knowers().size())
				.reversed()
				.thenComparing(place -> place.network().name())
				.thenComparing(place -> place.network().id()))
			.toList();
		return new WhoKnows(householdId, liveContactDays, knowers, meetingPlaces);
	}

	private static Knower knower(KnownBy known, LocalDate liveSince) {
		List<KnowerTie> ties = known.ties()
			.stream()
			.map(tie -> new KnowerTie(tie.kind(), tie.since(), tie.lastContact(),
					tie.kind().live(tie.since(), tie.lastContact(), liveSince)))
			.sorted(Comparator.comparing(KnowerTie::kind))
			.toList();
		LocalDate lastContact = ties.stream()
			.map(KnowerTie::lastContact)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
		List<Network> networks = new ArrayList<>(known.networks()
			.stream()
			.collect(LinkedHashMap<String, Network>::new, (map, network) -> map.putIfAbsent(network.id(), network),
					Map::putAll)
			.values());
		networks.sort(Comparator.comparing(Network::name).thenComparing(Network::id));
		return new Knower(known.knower(), ties, lastContact, ties.stream().anyMatch(KnowerTie::live),
				List.copyOf(networks));
	}
}
