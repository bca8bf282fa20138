package jp.tsunagu.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documentation shows the examples of {@code docs/examples/} and nothing else: every GraphQL block of the README
 * and of {@code docs/*.md} follows a marker {@code <!-- example: NAME -->} and equals {@code NAME.graphql}, the JSON
 * block after it equals {@code NAME.json}, and every GraphQL document sent by a {@code curl} line is an example's.
 * {@link DocumentedExamplesIT} runs the examples. With {@code -Ddocs.examples.write=true} the blocks are rewritten from
 * the files instead.
 */
class DocumentedExamplesTests {

	private static final Pattern EXAMPLE = Pattern
		.compile("<!-- example: (\\S+) -->\n```graphql\n(.*?)```\n```json\n(.*?)```\n", Pattern.DOTALL);

	private static final Pattern GRAPHQL_BLOCK = Pattern.compile("```graphql\n");

	private static final Pattern CURL_QUERY = Pattern.compile("-d '(\\{\"query\":.*?\\})'");

	@Test
	void everyGraphQlBlockOfTheDocsIsAnExampleWithItsAnswer() throws IOException {
		boolean write = Boolean.getBoolean("docs.examples.write");
		if (write) {
			for (String name : DocumentedExample.names()) {
				DocumentedExample example = DocumentedExample.load(name);
				Files.writeString(example.answerFile(), CompactJson.format(DocumentedExample.parse(example.answer())));
			}
		}
		Set<String> shown = new HashSet<>();
		List<String> problems = new ArrayList<>();
		for (Path page : pages()) {
			String text = Files.readString(page);
			StringBuilder rewritten = new StringBuilder();
			Matcher example = EXAMPLE.matcher(text);
			int blocksInExamples = 0;
			while (example.find()) {
				String name = example.group(1);
				blocksInExamples++;
				if (!Files.exists(DocumentedExample.DIRECTORY.resolve(name + ".graphql"))) {
					problems.add(page + ": no example " + name);
					continue;
				}
				DocumentedExample file = DocumentedExample.load(name);
				shown.add(name);
				if (!example.group(2).equals(file.document())) {
					problems.add(page + ": the GraphQL of " + name + " differs from " + name + ".graphql");
				}
				if (!example.group(3).equals(file.answer())) {
					problems.add(page + ": the answer of " + name + " differs from " + name + ".json");
				}
				example.appendReplacement(rewritten, Matcher.quoteReplacement("<!-- example: " + name + " -->\n```graphql\n"
						+ file.document() + "```\n```json\n" + file.answer() + "```\n"));
			}
			example.appendTail(rewritten);
			long graphQlBlocks = GRAPHQL_BLOCK.matcher(text).results().count();
			if (graphQlBlocks != blocksInExamples) {
				problems.add(page + ": " + (graphQlBlocks - blocksInExamples)
						+ " GraphQL block(s) without a marker <!-- example: NAME --> and the example's answer");
			}
			if (write) {
				Files.writeString(page, rewritten.toString());
			}
		}
		if (write) {
			return;
		}
		assertThat(problems).isEmpty();
		assertThat(shown).as("examples the docs show").containsExactlyInAnyOrderElementsOf(DocumentedExample.names());
	}

	@Test
	void everyQuerySentWithCurlIsAnExample() throws IOException {
		Set<String> documents = new HashSet<>();
		DocumentedExample.names().forEach(name -> documents.add(normalised(DocumentedExample.load(name).document())));
		List<String> strays = new ArrayList<>();
		for (Path page : pages()) {
			Matcher curl = CURL_QUERY.matcher(Files.readString(page));
			while (curl.find()) {
				String query = (String) ((Map<?, ?>) DocumentedExample.parse(curl.group(1))).get("query");
				if (!documents.contains(normalised(query))) {
					strays.add(page + ": " + query);
				}
			}
		}
		assertThat(strays).as("queries sent with curl that are no example").isEmpty();
	}

	/** The document without its comments, every run of white space one blank. */
	private static String normalised(String document) {
		return document.lines()
			.map(line -> line.replaceAll("#.*$", ""))
			.reduce("", (a, b) -> a + " " + b)
			.replaceAll("\\s+", " ")
			.replaceAll(" ?([{}()\\[\\]:,]) ?", "$1")
			.trim();
	}

	private static final List<String> PAGES = List.of("README.md", "docs/api.md", "docs/security.md", "docs/operations.md",
			"docs/national-scale.md", "docs/model.md");

	/** The README and every page of the docs. */
	private static List<Path> pages() throws IOException {
		List<Path> pages = new ArrayList<>(PAGES.stream().map(Path::of).toList());
		try (Stream<Path> docs = Files.list(Path.of("docs"))) {
			for (Path page : docs.filter(path -> path.toString().endsWith(".md")).sorted().toList()) {
				if (!pages.contains(page)) {
					pages.add(page);
				}
			}
		}
		return pages;
	}
}
