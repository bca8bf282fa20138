package jp.tsunagu.discovery;

import java.util.ArrayList;
import java.util.List;

import jp.tsunagu.mapping.MapNode;
import jp.tsunagu.mapping.MapTie;
import jp.tsunagu.mapping.TiePath;

/**
 * One way to a service: how the start knows the household ({@code entry}, from the household to the knower; empty for
 * the caller's own organisation and for an organisation that accepted a referral, whose referral is not shown) and the
 * directory ties from the knower to the service.
 *
 * @param live whether the knower's tie to the household is live ({@link KnowerKind#live}); a lapsed supporter counts
 * as another knower
 */
record WarmPath(KnowerKind via, MapNode knower, TiePath entry, TiePath directory, boolean live) {

	/** 2 from a supporter in live contact, 1 from another knower (or a supporter whose contact has lapsed). */
	int warmth() {
		return via == KnowerKind.SUPPORTER && live ? 2 : 1;
	}

	/** How the knower knows the household, in Japanese. */
	String viaLabelJa() {
		return via == KnowerKind.SUPPORTER && !live ? "この世帯を支援しているが連絡が途絶えている" : via.labelJa();
	}

	/** Ties from the knower to the service: the steps a coordinator has to take. */
	int steps() {
		return directory.length();
	}

	int length() {
		return entry.length() + directory.length();
	}

	/** The whole chain from the household (or the caller's organisation) to the service. */
	TiePath whole() {
		if (entry.nodes().isEmpty()) {
			return directory;
		}
		List<MapNode> nodes = new ArrayList<>(entry.nodes());
		nodes.addAll(directory.nodes().subList(1, directory.nodes().size()));
		List<MapTie> ties = new ArrayList<>(entry.ties());
		ties.addAll(directory.ties());
		return new TiePath(List.copyOf(nodes), List.copyOf(ties));
	}
}
