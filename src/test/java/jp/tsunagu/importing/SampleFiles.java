package jp.tsunagu.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import jp.tsunagu.organization.CorporateNumber;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Generates the shipped sample files in {@code src/test/resources/samples/} (run {@link #main} from the project
 * directory; the outputs are committed): a Shift_JIS CSV of corporations in 小野市 with Japanese headers, an unknown
 * column, two bad rows and one row that looks like a corporation of the demo network; and an XLSX of 民生委員.
 * Every name is made up.
 */
public final class SampleFiles {

	static final Path DIRECTORY = Path.of("src/test/resources/samples");

	static final String CORPORATIONS = "corporations-sjis.csv";

	static final String VOLUNTEERS = "minsei-iin.xlsx";

	static final String HOUSEHOLDS = "households-sjis.csv";

	/** Valid 法人番号 for the sample's corporations: the check digit over made-up bases. */
	static final String CORPORATION_NUMBER = number("100000000001");

	static final String COMPANY_NUMBER = number("200000000002");

	private SampleFiles() {
	}

	public static void main(String[] args) throws IOException {
		Files.createDirectories(DIRECTORY);
		Files.write(DIRECTORY.resolve(CORPORATIONS), corporations());
		Files.write(DIRECTORY.resolve(VOLUNTEERS), volunteers());
		Files.write(DIRECTORY.resolve(HOUSEHOLDS), households());
	}

	static String number(String base) {
		return CorporateNumber.checkDigit(base) + base;
	}

	static byte[] corporations() throws IOException {
		String wrongCheckDigit = ((CorporateNumber.checkDigit("300000000003") % 9) + 1) + "300000000003";
		List<List<String>> rows = List.of(
				List.of("法人名", "法人番号", "種別", "市区町村コード", "所在地", "電話番号", "運営法人の法人番号", "施設分野", "担当者メモ"),
				List.of("社会福祉法人おの見本福祉会", CORPORATION_NUMBER, "社会福祉法人", "282189", "兵庫県小野市王子町８００－１",
						"0794-00-1000", "", "", "見本"),
				List.of("特別養護老人ホームおの見本苑", "", "福祉施設", "282189", "兵庫県小野市王子町800-2", "0794-00-1001",
						CORPORATION_NUMBER, "高齢", ""),
				List.of("（株）おの見本ケア", COMPANY_NUMBER, "企業", "282189", "兵庫県小野市中島町1-1", "0794-00-1002", "", "", ""),
				List.of("社会福祉法人見本チェック誤り会", wrongCheckDigit, "社会福祉法人", "282189", "", "", "", "", "bad: check digit"),
				List.of("", "", "NPO法人", "282189", "", "", "", "", "bad: no name"),
				List.of("（福）きすみ野福祉会", "", "社会福祉法人", "282189", "", "", "", "", "looks like a demo corporation"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, TabularFile.MS932), CSVFormat.EXCEL)) {
			for (List<String> row : rows) {
				printer.printRecord(row);
			}
		}
		return out.toByteArray();
	}

	/**
	 * A record holder's household list in Shift_JIS: four good rows (an area by name, by district code and by
	 * municipality code; a DV household) and two bad ones (a code with a name in it, flags that do not fit the count).
	 */
	static byte[] households() throws IOException {
		return ms932Csv(List.of(List.of("世帯コード", "居住地域", "世帯人数", "世帯の特性", "保護", "孤立の種類"),
				List.of("MIHON-0001", "小野市", "1", "高齢単身", "なし", "近隣社会からの孤立"),
				List.of("MIHON-0002", "282189-kisumi", "3", "ひとり親、外国籍", "", "information"),
				List.of("MIHON-0003", "282189", "2", "8050", "DV", ""),
				List.of("MIHON-0004", "兵庫県小野市", "", "", "", ""),
				List.of("山田 太郎", "小野市", "2", "", "", ""),
				List.of("MIHON-0006", "小野市", "3", "高齢単身", "", "")));
	}

	private static byte[] ms932Csv(List<List<String>> rows) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, TabularFile.MS932), CSVFormat.EXCEL)) {
			for (List<String> row : rows) {
				printer.printRecord(row);
			}
		}
		return out.toByteArray();
	}

	static byte[] volunteers() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("民生委員名簿");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
			String[] headers = { "氏名", "主任児童委員", "担当地区コード", "民児協", "委嘱日" };
			Row header = sheet.createRow(0);
			for (int i = 0; i < headers.length; i++) {
				header.createCell(i).setCellValue(headers[i]);
			}
			Object[][] rows = { { "見本 一郎", "", "282189-kisumi" }, { "見本 花子", "はい", "282189-kisumi" },
					{ "見本 三郎", "", "282189-kawai" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r + 1);
				row.createCell(0).setCellValue((String) rows[r][0]);
				row.createCell(1).setCellValue((String) rows[r][1]);
				row.createCell(2).setCellValue((String) rows[r][2]);
				row.createCell(3).setCellValue("小野市民生委員児童委員協議会");
				row.createCell(4).setCellValue(LocalDate.of(2022, 12, 1));
				row.getCell(4).setCellStyle(date);
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}
}
