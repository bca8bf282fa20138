package jp.tsunagu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jp.tsunagu.directory.HsdsTable;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

class HsdsCommandIT extends HubIntegrationTest {

	static final Path EXAMPLE_PACKAGE = Path.of("..", "shared", "standards", "hsds", "examples", "csv");

	@org.junit.jupiter.api.BeforeEach
	void theSpecificationIsBesideTheCheckout() {
		org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(EXAMPLE_PACKAGE), "HSDS 3.0 not present in ../shared");
	}

	@Autowired
	private HsdsCommand command;

	@Test
	void importsTheSpecificationsDataPackageAndExportsTheDirectory() throws Exception {
		assertThat(command.run(new String[] { "import", EXAMPLE_PACKAGE.toString() })).isZero();
		assertThat(count("MATCH (s:Service {id: 'ac148810-d857-441c-9679-408f346de14b'}) RETURN count(s)")).isEqualTo(1);

		Path out = Files.createTempDirectory("hsds-export");
		assertThat(command.run(new String[] { "export", "--out=" + out })).isZero();

		assertThat(out.resolve("datapackage.json")).exists();
		assertThat(Files.readString(out.resolve("services.csv"))).contains("ac148810-d857-441c-9679-408f346de14b");
		List<?> services = JsonMapper.builder().build().readValue(out.resolve("services.json").toFile(), List.class);
		assertThat(services).isNotEmpty();
		assertThat(command.run(new String[] { "export" })).isEqualTo(2);
	}

	@Test
	void namesTablesAsTheSpecificationDoes() {
		assertThat(HsdsTable.name("addresses.csv")).isEqualTo("address");
		assertThat(HsdsTable.name("taxonomies.csv")).isEqualTo("taxonomy");
		assertThat(HsdsTable.name("accessibility.csv")).isEqualTo("accessibility");
		assertThat(HsdsTable.name("service_at_location.csv")).isEqualTo("service_at_location");
		assertThat(HsdsTable.name("organization_identifiers.csv")).isEqualTo("organization_identifier");
	}
}
