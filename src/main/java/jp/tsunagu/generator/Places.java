package jp.tsunagu.generator;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

import jp.tsunagu.area.LocalGovernmentCode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The prefectures and local governments the network is generated over, read from files shaped like
 * {@code ../shared/data/*.csv}, or made up ({@link SyntheticPlaces}) when there are none.
 *
 * @param source what the list came from, part of the run's key: the files' SHA-256, or "synthetic"
 */
record Places(List<Prefecture> prefectures, List<Place> places, String source) {

	Places {
		prefectures = List.copyOf(prefectures);
		places = List.copyOf(places);
	}

	/** A prefecture: code, names, office coordinates, 2020 population. */
	record Prefecture(String code, String name, String nameKana, String nameEn, String iso, double latitude,
			double longitude, long population) {
	}

	/**
	 * A municipality or a designated-city ward.
	 *
	 * @param prefecture the prefecture's name, as in the municipality file
	 * @param ward whether this is a ward of a designated city, named "city ward"
	 */
	record Place(String code, String prefecture, String name, String nameKana, boolean ward, double latitude,
			double longitude, long population) {

		/** The city a ward belongs to ("札幌市" for "札幌市 中央区"), or the name itself. */
		String cityName() {
			int space = name.indexOf(' ');
			return space < 0 ? name : name.substring(0, space);
		}

		/** The name without the space of a ward ("札幌市中央区"). */
		String compactName() {
			return name.replace(" ", "");
		}
	}

	static Places read(Path prefectures, Path municipalities) throws IOException {
		List<Prefecture> prefectureList = rows(prefectures, record -> new Prefecture(code(record), record.get("name"),
				record.get("name_kana"), record.get("name_en"), record.get("iso3166_2"), decimal(record, "lat"),
				decimal(record, "lng"), number(record, "population_2020")));
		List<Place> placeList = rows(municipalities, record -> new Place(code(record), record.get("prefecture"),
				record.get("name"), record.get("name_kana"), kind(record), decimal(record, "lat"), decimal(record, "lng"),
				number(record, "population_2020")));
		List<String> known = prefectureList.stream().map(Prefecture::name).toList();
		for (Place place : placeList) {
			if (!known.contains(place.prefecture())) {
				throw new IllegalArgumentException(municipalities + ": " + place.code() + " names the unknown prefecture \""
						+ place.prefecture() + "\"");
			}
		}
		return new Places(prefectureList, placeList, "sha256:" + sha256(prefectures, municipalities));
	}

	private static <T> List<T> rows(Path file, Function<CSVRecord, T> parse) throws IOException {
		List<T> rows = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
			for (CSVRecord record : parser) {
				try {
					rows.add(parse.apply(record));
				}
				catch (IllegalArgumentException ex) {
					throw new IllegalArgumentException(
							file + " row " + (record.getRecordNumber() + 1) + ": " + ex.getMessage(), ex);
				}
			}
		}
		return rows;
	}

	private static String code(CSVRecord record) {
		String code = record.get("lgcode");
		LocalGovernmentCode.problem(code).ifPresent(problem -> {
			throw new IllegalArgumentException("lgcode " + problem);
		});
		return code;
	}

	private static boolean kind(CSVRecord record) {
		String kind = record.get("kind");
		if (!"MUNICIPALITY".equals(kind) && !"WARD".equals(kind)) {
			throw new IllegalArgumentException("kind must be MUNICIPALITY or WARD, was \"" + kind + "\"");
		}
		return "WARD".equals(kind);
	}

	private static double decimal(CSVRecord record, String column) {
		try {
			return Double.parseDouble(record.get(column).strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(column + " is not a number: \"" + record.get(column) + "\"");
		}
	}

	private static long number(CSVRecord record, String column) {
		try {
			return Long.parseLong(record.get(column).strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(column + " is not a whole number: \"" + record.get(column) + "\"");
		}
	}

	private static String sha256(Path... files) throws IOException {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Path file : files) {
				digest.update(Files.readAllBytes(file));
			}
			return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}
}
