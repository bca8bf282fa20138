package jp.tsunagu.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** One JSON mapper for the benchmark's files and requests. */
final class Json {

	static final ObjectMapper MAPPER = new ObjectMapper();

	private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private Json() {
	}

	static String write(Object value) {
		try {
			return MAPPER.writeValueAsString(value);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static JsonNode parse(String text) {
		try {
			return MAPPER.readTree(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static JsonNode read(Path file) {
		try {
			return MAPPER.readTree(file.toFile());
		}
		catch (IOException ex) {
			throw new BenchException("cannot read " + file + ": " + ex.getMessage(), ex);
		}
	}

	static void writeFile(Path file, Object value) {
		try {
			Files.createDirectories(file.getParent());
			PRETTY.writeValue(file.toFile(), value);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<JsonNode> readLines(Path file) {
		try {
			List<JsonNode> lines = new ArrayList<>();
			for (String line : Files.readAllLines(file)) {
				if (!line.isBlank()) {
					lines.add(parse(line));
				}
			}
			return lines;
		}
		catch (IOException ex) {
			throw new BenchException("cannot read " + file + ": " + ex.getMessage(), ex);
		}
	}

	static void writeLines(Path file, List<?> values) {
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, values.stream().map(Json::write).toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
