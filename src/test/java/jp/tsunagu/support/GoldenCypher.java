package jp.tsunagu.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files of composed Cypher statements, under {@code src/test/resources/cypher/}: each statement as the
 * database receives it, so that a change to a fragment shows in review as a change to the whole statement. A test
 * compares the statements with their files; run it with {@code -Dgolden.update=true} to write the files anew, then
 * review and commit the diff.
 */
public final class GoldenCypher {

	private static final Path ROOT = Path.of("src/test/resources/cypher");

	private GoldenCypher() {
	}

	/** @param statements each statement by its file's name under the root, without {@code .cypher} */
	public static void verify(Map<String, String> statements) {
		boolean update = Boolean.getBoolean("golden.update");
		List<String> differing = new ArrayList<>();
		statements.forEach((name, cypher) -> {
			Path file = ROOT.resolve(name + ".cypher");
			String expected = cypher.endsWith("\n") ? cypher : cypher + "\n";
			try {
				if (update) {
					Files.createDirectories(file.getParent());
					Files.writeString(file, expected, StandardCharsets.UTF_8);
				}
				else if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(expected)) {
					differing.add(file.toString());
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		assertThat(differing)
			.as("composed Cypher differs from its golden file; review the change and rerun with -Dgolden.update=true")
			.isEmpty();
	}
}
