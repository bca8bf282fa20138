package jp.tsunagu.area;

import java.util.List;

/** What an import did: rows read, imported, and each rejected row with its number and reason. */
public record ImportReport(String file, int rowsRead, int rowsImported, List<Rejected> rejected, long millis) {

	public record Rejected(long row, String reason) {
	}

	public String summary() {
		return "%s: %d rows read, %d imported, %d rejected in %d ms".formatted(file, rowsRead, rowsImported,
				rejected.size(), millis);
	}
}
