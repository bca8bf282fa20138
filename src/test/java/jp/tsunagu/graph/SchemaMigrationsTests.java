package jp.tsunagu.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class SchemaMigrationsTests {

	@Test
	void findsEveryMigrationOfTheSchemaFolderOnTheClasspath() throws IOException {
		List<String> onDisk;
		try (Stream<Path> files = Files.list(Path.of("graph-schema"))) {
			onDisk = files.map(file -> file.getFileName().toString()).sorted().toList();
		}

		List<String> found = SchemaMigrations.findOnClasspath(List.of("graph-schema"))
			.stream()
			.map(URL::getPath)
			.map(path -> path.substring(path.lastIndexOf('/') + 1))
			.sorted()
			.toList();

		assertThat(onDisk).isNotEmpty().allMatch(name -> name.matches("V\\d{3}__.+\\.cypher"));
		assertThat(found).isEqualTo(onDisk);
	}

	@Test
	void findsNothingInAFolderThatIsNotThere() {
		assertThat(SchemaMigrations.findOnClasspath(List.of("no-such-schema-folder"))).isEmpty();
	}
}
