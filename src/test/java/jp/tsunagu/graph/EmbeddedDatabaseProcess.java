package jp.tsunagu.graph;

import java.nio.file.Path;

/**
 * The embedded database alone in a process of its own, for tests that kill it hard: arguments are the data
 * directory, the Bolt port and the password of the Bolt user {@code neo4j}. It prints {@code READY} once Bolt takes
 * connections, then runs until it is killed.
 */
public final class EmbeddedDatabaseProcess {

	public static final String READY = "READY";

	private EmbeddedDatabaseProcess() {
	}

	public static void main(String[] arguments) throws InterruptedException {
		EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(Path.of(arguments[0]), "localhost",
				Integer.parseInt(arguments[1]), arguments[2], "64m"));
		System.out.println(READY);
		System.out.flush();
		Thread.currentThread().join();
	}
}
