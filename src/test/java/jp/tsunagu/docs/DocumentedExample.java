package jp.tsunagu.docs;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

/**
 * An example of the documentation: {@code docs/examples/<name>.graphql}, a GraphQL document whose leading comment
 * lines state how to run it, and {@code <name>.json}, the answer the hub gives. The header:
 * <pre>
 * # caller: ono.coordinator                  (a demo account, or "anonymous")
 * # variables: {"id": "&lt;id of HH-282189-0001&gt;"}   (optional; &lt;id of X&gt;: the id of the household coded X,
 *                                            or of the organisation, person, network or service named X)
 * # volatile: at, householdId               (optional: keys whose values differ from run to run, shown as "…")
 * # before: households                       (optional: examples run first, in the same test)
 * </pre>
 */
record DocumentedExample(String name, String document, String caller, String variables, List<String> volatileKeys,
		List<String> before) {

	static final Path DIRECTORY = Path.of("docs/examples");

	static final String VOLATILE = "…";

	/** Fractions are shown to six significant digits: their last digits depend on the order of a sum. */
	private static final MathContext SIGNIFICANT = new MathContext(6);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static List<String> names() {
		try (Stream<Path> files = Files.list(DIRECTORY)) {
			return files.map(path -> path.getFileName().toString())
				.filter(file -> file.endsWith(".graphql"))
				.map(file -> file.substring(0, file.length() - ".graphql".length()))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static DocumentedExample load(String name) {
		String document = read(DIRECTORY.resolve(name + ".graphql"));
		Map<String, String> header = new LinkedHashMap<>();
		for (String line : document.lines().toList()) {
			if (!line.startsWith("# ") || !line.contains(":")) {
				break;
			}
			int colon = line.indexOf(':');
			header.put(line.substring(2, colon).trim(), line.substring(colon + 1).trim());
		}
		if (!header.containsKey("caller")) {
			throw new IllegalStateException(name + ".graphql: the first line must be \"# caller: <demo account>\"");
		}
		return new DocumentedExample(name, document, header.get("caller"), header.getOrDefault("variables", "{}"),
				list(header.get("volatile")), list(header.get("before")));
	}

	Path answerFile() {
		return DIRECTORY.resolve(name + ".json");
	}

	String answer() {
		return read(answerFile());
	}

	boolean anonymous() {
		return caller.equals("anonymous");
	}

	/** The variables, each {@code <id of X>} replaced by what {@code idOf} finds for X. */
	@SuppressWarnings("unchecked")
	Map<String, Object> variables(Map<String, String> idsByPlaceholder) {
		String json = variables;
		for (Map.Entry<String, String> id : idsByPlaceholder.entrySet()) {
			json = json.replace(id.getKey(), id.getValue());
		}
		return JSON.readValue(json, Map.class);
	}

	/** The {@code <id of X>} placeholders of the variables, with X. */
	Map<String, String> placeholders() {
		Map<String, String> found = new LinkedHashMap<>();
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("<id of ([^>]+)>").matcher(variables);
		while (matcher.find()) {
			found.put(matcher.group(), matcher.group(1));
		}
		return found;
	}

	/** The answer as the documentation shows it: ids as placeholders, volatile values as "…", fractions rounded. */
	Object documented(Object answer, Map<String, String> idsByPlaceholder) {
		return rewrite(answer, null, idsByPlaceholder);
	}

	private Object rewrite(Object value, String key, Map<String, String> idsByPlaceholder) {
		if (key != null && volatileKeys.contains(key) && value != null) {
			return VOLATILE;
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((k, v) -> copy.put((String) k, rewrite(v, (String) k, idsByPlaceholder)));
			return copy;
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>();
			list.forEach(item -> copy.add(rewrite(item, key, idsByPlaceholder)));
			return copy;
		}
		if (value instanceof Double number) {
			return new BigDecimal(number).round(SIGNIFICANT).doubleValue();
		}
		if (value instanceof String text) {
			for (Map.Entry<String, String> id : idsByPlaceholder.entrySet()) {
				text = text.replace(id.getValue(), id.getKey());
			}
			return text;
		}
		return value;
	}

	static Object parse(String json) {
		return JSON.readValue(json, Object.class);
	}

	private static List<String> list(String commaSeparated) {
		if (commaSeparated == null || commaSeparated.isBlank()) {
			return List.of();
		}
		return Stream.of(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
