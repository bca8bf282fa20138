package jp.tsunagu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.webjars.WebJarVersionLocator;

/**
 * No request leaves the hub: the workbench's files and the GraphiQL page name no outside host, and every WebJar
 * file they load is in the jar. (The browser tests check the same on the pages as loaded.)
 */
class WorkbenchOfflineTests {

	private static final List<Path> ROOTS = List.of(Path.of("src/main/resources/static"), Path.of("src/main/resources/graphiql"));

	/** XML namespace names are identifiers, never fetched. */
	private static final Pattern NAMESPACE = Pattern.compile("xmlns(:\\w+)?=\\\\?\"[^\"]*\"");

	private static final Pattern OUTSIDE = Pattern.compile("(?i)(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}|(src|href|action)\\s*=\\s*[\"']//");

	private static final Pattern WEBJAR = Pattern.compile("/webjars/([^/\"']+)/([^\"'?#]+)");

	@Test
	void noPageOrScriptNamesAnOutsideHost() throws IOException {
		List<Path> files = files();
		assertThat(files).extracting(Path::toString).contains("src/main/resources/static/index.html",
				"src/main/resources/graphiql/index.html");
		for (Path file : files) {
			String text = NAMESPACE.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("");
			Matcher outside = OUTSIDE.matcher(text);
			assertThat(outside.find()).as("%s names an outside host: %s", file, outside.find(0) ? outside.group() : "").isFalse();
		}
	}

	@Test
	void everyWebJarFileThePagesLoadIsInTheJar() throws IOException {
		WebJarVersionLocator locator = new WebJarVersionLocator();
		int checked = 0;
		for (Path file : files()) {
			Matcher webjar = WEBJAR.matcher(Files.readString(file, StandardCharsets.UTF_8));
			while (webjar.find()) {
				String path = locator.fullPath(webjar.group(1), webjar.group(2));
				assertThat(path).as("%s loads /webjars/%s/%s", file, webjar.group(1), webjar.group(2)).isNotNull();
				assertThat(getClass().getResource("/" + path)).as(path).isNotNull();
				checked++;
			}
		}
		assertThat(checked).isGreaterThanOrEqualTo(5);
	}

	private static List<Path> files() throws IOException {
		List<Path> files = new java.util.ArrayList<>();
		for (Path root : ROOTS) {
			try (Stream<Path> walk = Files.walk(root)) {
				walk.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(html|js|mjs|css)$")).forEach(files::add);
			}
		}
		return files;
	}
}
