package jp.tsunagu.area;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports prefectures and municipalities (with designated-city wards) from CSV files shaped like
 * the national code list: idempotent (MERGE on the local government code), batched, and rejecting
 * each bad row with its row number and reason while the good rows go in.
 */
@Service
public class ReferenceDataImport {

	private static final Logger log = LoggerFactory.getLogger(ReferenceDataImport.class);

	private static final int BATCH_SIZE = 500;

	static final List<String> PREFECTURE_COLUMNS = List.of("lgcode", "name", "name_kana", "name_en", "iso3166_2", "lat",
			"lng", "population_2020");

	static final List<String> MUNICIPALITY_COLUMNS = List.of("lgcode", "prefecture", "name", "name_kana", "kind", "lat",
			"lng", "population_2020");

	private static final String MERGE_PREFECTURES = """
			UNWIND $rows AS row
			MERGE (p:Area:Prefecture {code: row.code})
			ON CREATE SET p.id = randomUUID(), p.createdAt = datetime()
			SET p.name = row.name, p.nameKana = row.nameKana, p.nameEn = row.nameEn, p.iso3166 = row.iso,
			    p.latitude = row.latitude, p.longitude = row.longitude, p.population = row.population,
			    p.updatedAt = datetime()
			""";

	// Cities before their wards: a ward's parent is the city of the same prefecture named before the space.
	private static final String MERGE_MUNICIPALITIES = """
			UNWIND $rows AS row
			MATCH (p:Prefecture {name: row.prefecture})
			MERGE (m:Area {code: row.code})
			ON CREATE SET m.id = randomUUID(), m.createdAt = datetime()
			SET m.name = row.name, m.nameKana = row.nameKana, m.latitude = row.latitude,
			    m.longitude = row.longitude, m.population = row.population, m.updatedAt = datetime()
			WITH row, p, m
			CALL (row, p, m) {
			  WITH row, p, m WHERE row.kind = 'MUNICIPALITY'
			  SET m:Municipality
			  MERGE (m)-[:PART_OF]->(p)
			}
			CALL (row, p, m) {
			  WITH row, p, m WHERE row.kind = 'WARD'
			  SET m:Ward
			  WITH row, p, m
			  MATCH (city:Municipality {name: row.city})-[:PART_OF]->(p)
			  MERGE (m)-[:PART_OF]->(city)
			}
			RETURN count(m) AS merged
			""";

	private final Driver driver;

	ReferenceDataImport(Driver driver) {
		this.driver = driver;
	}

	public ImportReport importPrefectures(Path file) throws IOException {
		return importFile(file, PREFECTURE_COLUMNS, ReferenceDataImport::prefectureRow, MERGE_PREFECTURES, rows -> rows);
	}

	public ImportReport importMunicipalities(Path file) throws IOException {
		List<String> known = knownPrefectures();
		return importFile(file, MUNICIPALITY_COLUMNS, record -> municipalityRow(record, known), MERGE_MUNICIPALITIES,
				ReferenceDataImport::citiesBeforeWards);
	}

	private ImportReport importFile(Path file, List<String> columns, Function<CSVRecord, Row> parse, String cypher,
			Function<List<Map<String, Object>>, List<Map<String, Object>>> order) throws IOException {
		long started = System.nanoTime();
		List<Map<String, Object>> good = new ArrayList<>();
		List<ImportReport.Rejected> rejected = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
			List<String> missing = columns.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
			if (!missing.isEmpty()) {
				throw new IllegalArgumentException(file + " lacks the column(s) " + missing + "; expected " + columns);
			}
			for (CSVRecord record : parser) {
				// Row numbers as a spreadsheet shows them: the header is row 1.
				long rowNumber = record.getRecordNumber() + 1;
				Row row = parse.apply(record);
				if (row.problem() != null) {
					rejected.add(new ImportReport.Rejected(rowNumber, row.problem()));
					log.warn("{} row {} rejected: {}", file.getFileName(), rowNumber, row.problem());
				}
				else {
					good.add(row.values());
				}
			}
		}
		List<Map<String, Object>> rows = order.apply(good);
		try (Session session = driver.session()) {
			for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
				List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE));
				session.executeWriteWithoutResult(tx -> tx.run(cypher, Map.of("rows", batch)).consume());
				log.info("{}: {}/{} rows imported", file.getFileName(), from + batch.size(), rows.size());
			}
		}
		ImportReport report = new ImportReport(file.getFileName().toString(), good.size() + rejected.size(),
				good.size(), rejected, (System.nanoTime() - started) / 1_000_000);
		log.info("{}", report.summary());
		return report;
	}

	private List<String> knownPrefectures() {
		try (Session session = driver.session()) {
			return session.run("MATCH (p:Prefecture) RETURN collect(p.name) AS names")
				.single()
				.get("names")
				.asList(v -> v.asString());
		}
	}

	private static List<Map<String, Object>> citiesBeforeWards(List<Map<String, Object>> rows) {
		List<Map<String, Object>> ordered = new ArrayList<>(rows);
		ordered.sort((a, b) -> Boolean.compare("WARD".equals(a.get("kind")), "WARD".equals(b.get("kind"))));
		return ordered;
	}

	private static Row prefectureRow(CSVRecord record) {
		Map<String, Object> values = new HashMap<>();
		Optional<String> problem = LocalGovernmentCode.problem(record.get("lgcode"))
			.or(() -> required(record, "name"))
			.or(() -> number(record, "lat", values, "latitude", Double::valueOf))
			.or(() -> number(record, "lng", values, "longitude", Double::valueOf))
			.or(() -> number(record, "population_2020", values, "population", Long::valueOf));
		values.put("code", record.get("lgcode"));
		values.put("name", record.get("name"));
		values.put("nameKana", record.get("name_kana"));
		values.put("nameEn", record.get("name_en"));
		values.put("iso", record.get("iso3166_2"));
		return new Row(values, problem.map(p -> "lgcode " + p).orElse(null));
	}

	private static Row municipalityRow(CSVRecord record, List<String> knownPrefectures) {
		Map<String, Object> values = new HashMap<>();
		String kind = record.get("kind");
		String name = record.get("name");
		Optional<String> problem = LocalGovernmentCode.problem(record.get("lgcode"))
			.map(p -> "lgcode " + p)
			.or(() -> required(record, "name"))
			.or(() -> "MUNICIPALITY".equals(kind) || "WARD".equals(kind) ? Optional.empty()
					: Optional.of("kind must be MUNICIPALITY or WARD, was \"" + kind + "\""))
			.or(() -> "WARD".equals(kind) && !name.contains(" ")
					? Optional.of("a WARD's name must be \"<city> <ward>\", was \"" + name + "\"") : Optional.empty())
			.or(() -> knownPrefectures.contains(record.get("prefecture")) ? Optional.empty()
					: Optional.of("unknown prefecture \"" + record.get("prefecture")
							+ "\" (import the prefectures file first)"))
			.or(() -> number(record, "lat", values, "latitude", Double::valueOf))
			.or(() -> number(record, "lng", values, "longitude", Double::valueOf))
			.or(() -> number(record, "population_2020", values, "population", Long::valueOf));
		values.put("code", record.get("lgcode"));
		values.put("prefecture", record.get("prefecture"));
		values.put("name", name);
		values.put("nameKana", record.get("name_kana"));
		values.put("kind", kind);
		values.put("city", name.contains(" ") ? name.substring(0, name.indexOf(' ')) : null);
		return new Row(values, problem.orElse(null));
	}

	private static Optional<String> required(CSVRecord record, String column) {
		return record.get(column).isBlank() ? Optional.of(column + " is empty") : Optional.empty();
	}

	private static Optional<String> number(CSVRecord record, String column, Map<String, Object> values, String key,
			Function<String, Number> parse) {
		String text = record.get(column);
		if (text.isBlank()) {
			values.put(key, null);
			return Optional.empty();
		}
		try {
			values.put(key, parse.apply(text.strip()));
			return Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.of(column + " is not a number: \"" + text + "\"");
		}
	}

	private record Row(Map<String, Object> values, String problem) {
	}
}
