package jp.tsunagu.observability;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import org.neo4j.driver.Value;
import org.neo4j.driver.observation.micrometer.SessionRunContext;
import org.neo4j.driver.observation.micrometer.TransactionBeginContext;
import org.neo4j.driver.observation.micrometer.TransactionCommitContext;
import org.neo4j.driver.observation.micrometer.TransactionRollbackContext;
import org.neo4j.driver.observation.micrometer.TransactionRunContext;
import org.neo4j.driver.types.MapAccessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * For the load benchmark only ({@code bench/}): appends every Cypher statement the hub sends through the driver, with
 * its parameters, and the transactions around them, to a file, one JSON line per event, so that the benchmark can
 * replay exactly what the hub ran through the bare driver (its floor) instead of a copy of the hub's Cypher that would
 * drift. Off unless {@code tsunagu.bench.statement-capture} names the file. Parameters hold ids (households' too) and
 * whatever a request wrote: for synthetic data only.
 */
@Component
@ConditionalOnProperty("tsunagu.bench.statement-capture")
class StatementCapture implements ObservationHandler<Observation.Context>, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(StatementCapture.class);

	private final BufferedWriter out;

	private final JsonMapper json;

	private long sequence;

	StatementCapture(@org.springframework.beans.factory.annotation.Value("${tsunagu.bench.statement-capture}") Path file, JsonMapper json) throws IOException {
		this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
		this.json = json;
		log.warn("Capturing every Cypher statement with its parameters into {} (benchmark only; never on real data)",
				file.toAbsolutePath());
	}

	@Override
	public boolean supportsContext(Observation.Context context) {
		return context instanceof TransactionRunContext || context instanceof SessionRunContext
				|| context instanceof TransactionBeginContext || context instanceof TransactionCommitContext
				|| context instanceof TransactionRollbackContext;
	}

	@Override
	public void onStart(Observation.Context context) {
		Map<String, Object> event = new LinkedHashMap<>();
		if (context instanceof TransactionRunContext run) {
			statement(event, "RUN", run.query(), run.parameters());
		}
		else if (context instanceof SessionRunContext run) {
			statement(event, "AUTO_COMMIT", run.query(), run.parameters());
		}
		else {
			event.put("event", context instanceof TransactionBeginContext ? "BEGIN"
					: context instanceof TransactionCommitContext ? "COMMIT" : "ROLLBACK");
		}
		write(event);
	}

	private static void statement(Map<String, Object> event, String kind, String query, MapAccessor parameters) {
		event.put("event", kind);
		event.put("query", query);
		Map<String, Object> encoded = new LinkedHashMap<>();
		parameters.keys().forEach(key -> encoded.put(key, encode(parameters.get(key))));
		event.put("parameters", encoded);
	}

	/**
	 * JSON for a parameter value; what JSON cannot tell apart (dates, times, durations, points, bytes) becomes
	 * {@code {"$type": <driver type name>, "value": <text>}}, which the benchmark turns back into the same type.
	 */
	private static Object encode(Value value) {
		String type = value.type().name().startsWith("LIST") ? "LIST" : value.type().name();
		return switch (type) {
			case "NULL" -> null;
			case "BOOLEAN" -> value.asBoolean();
			case "INTEGER" -> value.asLong();
			case "FLOAT" -> value.asDouble();
			case "STRING" -> value.asString();
			case "LIST" -> {
				List<Object> list = new ArrayList<>();
				value.values().forEach(item -> list.add(encode(item)));
				yield list;
			}
			case "MAP" -> {
				Map<String, Object> map = new LinkedHashMap<>();
				value.keys().forEach(key -> map.put(key, encode(value.get(key))));
				yield map;
			}
			case "BYTES" -> typed("BYTES", Base64.getEncoder().encodeToString(value.asByteArray()));
			default -> typed(type, value.asObject().toString());
		};
	}

	private static Map<String, Object> typed(String type, String text) {
		Map<String, Object> typed = new LinkedHashMap<>();
		typed.put("$type", type);
		typed.put("value", text);
		return typed;
	}

	private synchronized void write(Map<String, Object> event) {
		event.put("seq", ++sequence);
		event.put("thread", Thread.currentThread().getName());
		try {
			out.write(json.writeValueAsString(event));
			out.newLine();
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public synchronized void destroy() throws IOException {
		out.close();
	}
}
