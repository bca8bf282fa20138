package jp.tsunagu.discovery;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which warm paths one page of discovery needs ({@link DiscoveryService#plan}).
 *
 * @param pathsFor the services whose warmest path from a supporter in live contact is searched
 * @param lowest those of them in the lowest coverage the page reaches; empty after a cursor
 * @param enough how many places the page has left for {@code lowest}: once that many have such a path, the others
 * of {@code lowest} rank below the page, and their paths from other knowers are not searched
 */
record PathPlan(Set<String> pathsFor, Set<String> lowest, int enough) {

	static final PathPlan NONE = new PathPlan(Set.of(), Set.of(), 0);

	Map<String, Object> parameters() {
		return Map.of("pathsFor", List.copyOf(pathsFor), "lowest", List.copyOf(lowest), "enough", enough);
	}
}
