package jp.tsunagu.support;

import java.util.UUID;
import java.util.stream.Stream;

/**
 * Arguments every extra hub a test starts needs beside its own: an analysts' graph of its own (a fresh directory, any
 * free Bolt port, a small page cache), so that it never meets the test context's or the working directory's one.
 */
public final class SecondHub {

	private SecondHub() {
	}

	/** The hub's own arguments followed by those of its analysts' graph. */
	public static String[] arguments(String... own) {
		return Stream.concat(Stream.of(own), Stream.of(
				"--tsunagu.analyst-graph.embedded.data-directory=target/neo4j-test/analysts-" + UUID.randomUUID(),
				"--tsunagu.analyst-graph.embedded.bolt-port=0", "--tsunagu.analyst-graph.embedded.page-cache=32m"))
			.toArray(String[]::new);
	}
}
