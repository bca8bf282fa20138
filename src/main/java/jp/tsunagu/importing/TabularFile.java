package jp.tsunagu.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A file as a header and rows of text: CSV through Commons CSV, in UTF-8 (with or without a byte order mark) or
 * Shift_JIS (MS932), declared or detected; XLSX (its first sheet) through Apache POI. Row numbers are those a
 * spreadsheet shows, the header being row 1.
 */
public final class TabularFile {

	/** Windows-31J: Shift_JIS as Excel on Japanese Windows writes it (①, ㈱, 髙 …). */
	public static final Charset MS932 = Charset.forName("windows-31j");

	public record Table(List<String> headers, List<TableRow> rows, String format) {
	}

	public record TableRow(int number, List<String> cells) {

		public String cell(int index) {
			return index < 0 || index >= cells.size() ? "" : cells.get(index);
		}
	}

	private TabularFile() {
	}

	/**
	 * @param declaredEncoding UTF-8, Shift_JIS (or MS932, SJIS, Windows-31J, CP932), or null to detect it
	 * @throws IllegalArgumentException for an unknown encoding or a file that is neither CSV nor XLSX
	 */
	public static Table read(String fileName, byte[] bytes, String declaredEncoding) throws IOException {
		if (isXlsx(fileName, bytes)) {
			return readXlsx(bytes);
		}
		Charset charset = declaredEncoding == null || declaredEncoding.isBlank() ? detect(bytes)
				: declared(declaredEncoding);
		int skip = hasUtf8Bom(bytes) ? 3 : 0;
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes, skip, bytes.length - skip), charset);
				CSVParser parser = CSVFormat.DEFAULT.builder().get().parse(reader)) {
			List<String> headers = null;
			List<TableRow> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				List<String> cells = record.toList().stream().map(String::strip).toList();
				if (headers == null) {
					headers = cells;
				}
				else if (cells.stream().anyMatch(cell -> !cell.isEmpty())) {
					rows.add(new TableRow((int) record.getRecordNumber(), cells));
				}
			}
			return new Table(headers == null ? List.of() : headers, rows,
					"CSV " + (charset.equals(MS932) ? "Shift_JIS (MS932)" : skip > 0 ? "UTF-8 (BOM)" : "UTF-8"));
		}
	}

	static Charset declared(String encoding) {
		String name = encoding.strip().toUpperCase(Locale.ROOT).replace("_", "-");
		return switch (name) {
			case "UTF-8", "UTF8" -> StandardCharsets.UTF_8;
			case "SHIFT-JIS", "SJIS", "MS932", "WINDOWS-31J", "CP932" -> MS932;
			default -> throw new UnreadableFileException("文字コードは UTF-8 か Shift_JIS を指定してください（「" + encoding + "」）",
					"encoding must be UTF-8 or Shift_JIS, was \"" + encoding + "\"");
		};
	}

	/** UTF-8 when the bytes are valid UTF-8 (a Shift_JIS file of Japanese text practically never is), else MS932. */
	static Charset detect(byte[] bytes) {
		if (hasUtf8Bom(bytes)) {
			return StandardCharsets.UTF_8;
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return StandardCharsets.UTF_8;
		}
		catch (CharacterCodingException notUtf8) {
			return MS932;
		}
	}

	private static boolean hasUtf8Bom(byte[] bytes) {
		return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
	}

	private static boolean isXlsx(String fileName, byte[] bytes) {
		boolean zip = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
		return zip || (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx"));
	}

	private static Table readXlsx(byte[] bytes) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.JAPAN);
			List<String> headers = null;
			List<TableRow> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
					cells.add(text(row.getCell(i), formatter));
				}
				if (cells.stream().allMatch(String::isEmpty)) {
					continue;
				}
				if (headers == null) {
					headers = cells;
				}
				else {
					rows.add(new TableRow(row.getRowNum() + 1, cells));
				}
			}
			return new Table(headers == null ? List.of() : headers, rows, "XLSX");
		}
		catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
				| org.apache.poi.ooxml.POIXMLException ex) {
			throw new UnreadableFileException("XLSX のブックとして読めません: " + ex.getMessage(),
					"the file is not a readable XLSX workbook: " + ex.getMessage());
		}
	}

	/**
	 * A cell as text: whole numbers without Excel's exponent (a 法人番号 typed as a number stays 13 digits), dates as
	 * YYYY-MM-DD, everything else as Excel shows it.
	 */
	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		if (type == CellType.NUMERIC) {
			if (DateUtil.isCellDateFormatted(cell)) {
				return cell.getLocalDateTimeCellValue().toLocalDate().toString();
			}
			BigDecimal number = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
			return number.scale() <= 0 ? number.toPlainString() : formatter.formatCellValue(cell);
		}
		return formatter.formatCellValue(cell).strip();
	}
}
