package jp.tsunagu.bench;

import java.util.Arrays;
import java.util.List;

/**
 * The benchmark's scenarios. Each but the mix is a set of prepared GraphQL requests sent one after another by every
 * client; the mix picks among the others by weight, with 5% writes ({@link #WRITE}, which runs only in the mix).
 */
enum Scenario {

	DISCOVER("discover", 20), WHO_KNOWS("whoKnows", 15), CONNECTION_PATH("connectionPath", 10),
	NETWORK_MAP("networkMap", 10), LISTS("lists", 20), SEARCH("search", 20), WRITE("write", 5), MIX("mix", 0);

	private final String label;

	/** Percent of the mix's requests. */
	private final int mixWeight;

	Scenario(String label, int mixWeight) {
		this.label = label;
		this.mixWeight = mixWeight;
	}

	String label() {
		return label;
	}

	int mixWeight() {
		return mixWeight;
	}

	/** Run and reported on its own (the writes run only inside the mix). */
	boolean measured() {
		return this != WRITE;
	}

	/** The scenarios whose requests this one sends: itself, or for the mix every other one. */
	List<Scenario> parts() {
		return this == MIX ? Arrays.stream(values()).filter(s -> s.mixWeight > 0).toList() : List.of(this);
	}

	static Scenario named(String label) {
		return Arrays.stream(values())
			.filter(s -> s.measured() && s.label.equalsIgnoreCase(label))
			.findFirst()
			.orElseThrow(() -> new BenchException("unknown scenario \"" + label + "\"; scenarios: "
					+ String.join(", ", Arrays.stream(values()).filter(Scenario::measured).map(Scenario::label).toList())
					+ " (or all)"));
	}
}
