package jp.tsunagu.area;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ReferenceDataImportIT extends HubIntegrationTest {

	static final Path SHARED_DATA = Path.of("..", "shared", "data");

	@Autowired
	ReferenceDataImport importer;

	@Test
	void importsTheWholeNationalListIdempotently() throws IOException {
		assumeTrue(Files.exists(SHARED_DATA.resolve("municipalities.csv")), "shared reference data not present");

		for (int run = 1; run <= 2; run++) {
			ImportReport prefectures = importer.importPrefectures(SHARED_DATA.resolve("prefectures.csv"));
			ImportReport municipalities = importer.importMunicipalities(SHARED_DATA.resolve("municipalities.csv"));

			assertThat(prefectures.rowsImported()).isEqualTo(47);
			assertThat(municipalities.rowsImported()).isEqualTo(1916);
			assertThat(municipalities.rejected()).isEmpty();
			assertThat(count("MATCH (p:Prefecture) RETURN count(p)")).isEqualTo(47);
			assertThat(count("MATCH (m:Municipality) RETURN count(m)")).isEqualTo(1741);
			assertThat(count("MATCH (w:Ward) RETURN count(w)")).isEqualTo(175);
			assertThat(count("MATCH (m:Municipality) RETURN sum(m.population)")).isEqualTo(126_146_099L);
		}
		assertThat(count("MATCH (m:Municipality) WHERE NOT (m)-[:PART_OF]->(:Prefecture) RETURN count(m)")).isZero();
		assertThat(count("MATCH (w:Ward) WHERE NOT (w)-[:PART_OF]->(:Municipality) RETURN count(w)")).isZero();
		assertThat(count("""
				MATCH (:Ward {code: '011011'})-[:PART_OF]->(c:Municipality {code: '011002'})-[:PART_OF]->(p:Prefecture)
				WHERE p.name = '北海道' RETURN count(c)""")).isEqualTo(1);
		assertThat(count("MATCH (p:Prefecture)<-[:PART_OF]-(m:Municipality) WITH p, count(m) AS n RETURN min(n)"))
			.isPositive();
	}

	@Test
	void rejectsBadRowsWithTheirNumberAndReasonAndImportsTheRest(@TempDir Path dir) throws IOException {
		Path prefectures = dir.resolve("prefectures.csv");
		Files.writeString(prefectures, """
				lgcode,name,name_kana,name_en,iso3166_2,lat,lng,population_2020
				990001,架空県,かくうけん,Kaku,JP-99,35.0,135.0,1000
				""");
		Path municipalities = dir.resolve("municipalities.csv");
		Files.writeString(municipalities, """
				lgcode,prefecture,name,name_kana,kind,lat,lng,population_2020
				991015,架空県,架空市,かくうし,MUNICIPALITY,35.1,135.1,800
				991016,架空県,誤り市,あやまりし,MUNICIPALITY,35.1,135.1,10
				991023,存在しない県,迷子町,まいごちょう,MUNICIPALITY,35.1,135.1,10
				991031,架空県,数字村,すうじむら,MUNICIPALITY,35.1,135.1,many
				991040,架空県,架空市 北区,かくうし きたく,WARD,35.1,135.1,200
				""");

		assertThat(importer.importPrefectures(prefectures).rejected()).isEmpty();
		ImportReport report = importer.importMunicipalities(municipalities);

		assertThat(report.rowsRead()).isEqualTo(5);
		assertThat(report.rowsImported()).isEqualTo(2);
		assertThat(report.rejected()).extracting(ImportReport.Rejected::row).containsExactly(3L, 4L, 5L);
		assertThat(report.rejected().get(0).reason()).contains("check digit of 991016 should be 5");
		assertThat(report.rejected().get(1).reason()).contains("unknown prefecture");
		assertThat(report.rejected().get(2).reason()).contains("population_2020 is not a number");
		assertThat(count("MATCH (:Ward {code: '991040'})-[:PART_OF]->(:Municipality {code: '991015'}) RETURN count(*)"))
			.isEqualTo(1);
		assertThat(count("MATCH (a:Area) WHERE a.code IN ['991016', '991023', '991031'] RETURN count(a)")).isZero();
	}

	@Test
	void refusesAFileWithoutTheExpectedColumns(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("wrong.csv");
		Files.writeString(file, "code,name\n282138,小野市\n");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> importer.importMunicipalities(file))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("lacks the column(s) [lgcode, prefecture");
	}
}
