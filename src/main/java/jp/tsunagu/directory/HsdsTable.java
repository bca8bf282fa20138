package jp.tsunagu.directory;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** A CSV file of HSDS's tabular data package, read back: the name of its table and its rows. */
public final class HsdsTable {

	private HsdsTable() {
	}

	/** services.csv → service, addresses.csv → address, taxonomies.csv → taxonomy: HSDS's table names. */
	public static String name(String fileName) {
		String name = fileName.substring(0, fileName.length() - ".csv".length());
		if (name.endsWith("ies")) {
			return name.substring(0, name.length() - 3) + "y";
		}
		if (name.endsWith("sses")) {
			return name.substring(0, name.length() - 2);
		}
		return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
	}

	/** The rows of a CSV file with a header row, each by column; the reader is left open (it may be a zip's entry). */
	public static List<Map<String, String>> rows(Reader csv) throws IOException {
		List<Map<String, String>> rows = new ArrayList<>();
		for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv)) {
			rows.add(record.toMap());
		}
		return rows;
	}
}
