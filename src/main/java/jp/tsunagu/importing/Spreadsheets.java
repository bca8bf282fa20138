package jp.tsunagu.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes tables as Excel opens them: CSV in UTF-8 with a byte order mark (Commons CSV), and XLSX (Apache POI's
 * streaming workbook, so long lists do not fill the heap), one sheet per table, the header row in bold.
 */
public final class Spreadsheets {

	private Spreadsheets() {
	}

	public static byte[] csv(List<String> headers, List<List<String>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
					CSVFormat.EXCEL)) {
				printer.printRecord(headers);
				for (List<String> row : rows) {
					printer.printRecord(row);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	public static byte[] xlsx(String sheet, List<String> headers, List<List<String>> rows) {
		Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
		List<List<String>> all = new java.util.ArrayList<>();
		all.add(headers);
		all.addAll(rows);
		sheets.put(sheet, all);
		return xlsx(sheets);
	}

	/** One sheet per entry, named by its key; each table's first row is its header. */
	public static byte[] xlsx(Map<String, List<List<String>>> sheets) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			for (Map.Entry<String, List<List<String>>> table : sheets.entrySet()) {
				SXSSFSheet sheet = workbook.createSheet(table.getKey());
				int r = 0;
				for (List<String> cells : table.getValue()) {
					Row row = sheet.createRow(r);
					for (int c = 0; c < cells.size(); c++) {
						row.createCell(c).setCellValue(cells.get(c) == null ? "" : cells.get(c));
						if (r == 0) {
							row.getCell(c).setCellStyle(bold);
						}
					}
					r++;
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
