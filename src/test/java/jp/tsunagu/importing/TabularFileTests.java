package jp.tsunagu.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TabularFileTests {

	private static final String CSV = "法人名,法人番号\n社会福祉法人髙橋会,6100000000001\n";

	@Test
	void utf8WithAndWithoutBomAndShiftJisReadTheSame() throws IOException {
		byte[] utf8 = CSV.getBytes(StandardCharsets.UTF_8);
		byte[] bom = new byte[utf8.length + 3];
		bom[0] = (byte) 0xEF;
		bom[1] = (byte) 0xBB;
		bom[2] = (byte) 0xBF;
		System.arraycopy(utf8, 0, bom, 3, utf8.length);
		byte[] sjis = CSV.getBytes(TabularFile.MS932);
		for (byte[] file : List.of(utf8, bom, sjis)) {
			TabularFile.Table table = TabularFile.read("a.csv", file, null);
			assertThat(table.headers()).containsExactly("法人名", "法人番号");
			assertThat(table.rows()).hasSize(1);
			assertThat(table.rows().get(0).number()).isEqualTo(2);
			assertThat(table.rows().get(0).cells()).containsExactly("社会福祉法人髙橋会", "6100000000001");
		}
		assertThat(TabularFile.read("a.csv", utf8, null).format()).isEqualTo("CSV UTF-8");
		assertThat(TabularFile.read("a.csv", bom, null).format()).isEqualTo("CSV UTF-8 (BOM)");
		assertThat(TabularFile.read("a.csv", sjis, null).format()).isEqualTo("CSV Shift_JIS (MS932)");
		assertThat(TabularFile.read("a.csv", sjis, "Shift_JIS").rows().get(0).cell(0)).isEqualTo("社会福祉法人髙橋会");
	}

	@Test
	void aDeclaredEncodingWinsAndAnUnknownOneIsRefused() {
		byte[] sjis = CSV.getBytes(TabularFile.MS932);
		assertThatThrownBy(() -> TabularFile.read("a.csv", sjis, "EUC-JP")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("UTF-8 か Shift_JIS");
	}

	@Test
	void xlsxNumbersKeepAllTheirDigitsAndEmptyRowsAreSkipped() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet();
			sheet.createRow(0).createCell(0).setCellValue("法人番号");
			sheet.createRow(2).createCell(0).setCellValue(6100000000001.0);
			workbook.write(out);
			TabularFile.Table table = TabularFile.read("book.xlsx", out.toByteArray(), null);
			assertThat(table.format()).isEqualTo("XLSX");
			assertThat(table.rows()).singleElement().satisfies(row -> {
				assertThat(row.number()).isEqualTo(3);
				assertThat(row.cell(0)).isEqualTo("6100000000001");
			});
		}
	}

	@Test
	void theShippedSamplesAreWhatTheGeneratorWrites() throws IOException {
		byte[] shipped = java.nio.file.Files.readAllBytes(SampleFiles.DIRECTORY.resolve(SampleFiles.CORPORATIONS));
		assertThat(shipped).isEqualTo(SampleFiles.corporations());
		assertThat(java.nio.file.Files.readAllBytes(SampleFiles.DIRECTORY.resolve(SampleFiles.HOUSEHOLDS)))
			.isEqualTo(SampleFiles.households());
		TabularFile.Table volunteers = TabularFile.read("v.xlsx",
				java.nio.file.Files.readAllBytes(SampleFiles.DIRECTORY.resolve(SampleFiles.VOLUNTEERS)), null);
		TabularFile.Table generated = TabularFile.read("v.xlsx", SampleFiles.volunteers(), null);
		assertThat(volunteers.headers()).isEqualTo(generated.headers());
		assertThat(volunteers.rows()).isEqualTo(generated.rows());
		assertThat(volunteers.rows().get(0).cell(4)).isEqualTo("2022-12-01");
	}
}
