package jp.tsunagu.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jp.tsunagu.graph.CypherScript;
import jp.tsunagu.importing.TabularFile;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.FileSystemResource;

/**
 * An organisation's address and phone have one home, its directory entry: the plain properties of before move there
 * once, and the lists, HSDS and the directory read the same values.
 */
class MainContactIT extends HubIntegrationTest {

	private static final String MIGRATION = "graph-schema/V071__Organization_address_and_phone_in_the_directory.cypher";

	@Autowired
	private Driver driver;

	@Test
	void theOldAddressAndPhoneMoveIntoTheDirectoryOnceAndEveryReaderShowsThem() throws Exception {
		String id = (String) single("""
				MATCH (m:Municipality {code: '282189'})
				CREATE (o:Organization:Npo {id: randomUUID(), name: '所在地移行検証の会', kind: 'NPO', archived: false,
				  generated: false, createdAt: datetime(), address: '兵庫県小野市王子町999-9 検証ビル2階', phone: '0794-00-9999'})
				CREATE (o)-[:LOCATED_IN]->(m)
				RETURN o.id""");
		try (Session session = driver.session()) {
			for (int run = 0; run < 2; run++) { // idempotent
				CypherScript.statements(new FileSystemResource(MIGRATION)).forEach(statement -> session.run(statement).consume());
			}
		}
		assertThat(single("MATCH (o:Organization {id: $id}) RETURN [o.address, o.phone]", "id", id)).isEqualTo(
				java.util.Arrays.asList(null, null));

		Map<String, Object> directory = graphQl.document("""
				query($id: ID!) { organization(id: $id) { directory {
				  phones { number type } locations { prefecture municipality municipalityCode streetAddress geocoded } } } }""")
			.variable("id", id)
			.execute()
			.path("organization.directory")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(directory.get("phones")).isEqualTo(List.of(Map.of("number", "0794-00-9999", "type", "voice")));
		assertThat(directory.get("locations")).isEqualTo(List.of(Map.of("prefecture", "兵庫県", "municipality", "小野市",
				"municipalityCode", "282189", "streetAddress", "王子町999-9 検証ビル2階", "geocoded", true)));

		TabularFile.Table organizations = TabularFile.read("o.csv", graphQl
			.document("{ exportList(kind: ORGANIZATIONS, areaCode: \"282189\") { text } }")
			.execute()
			.path("exportList.text")
			.entity(String.class)
			.get()
			.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
		int address = organizations.headers().indexOf("所在地");
		int phone = organizations.headers().indexOf("電話番号");
		assertThat(organizations.rows()).filteredOn(row -> row.cell(0).equals("所在地移行検証の会"))
			.singleElement()
			.satisfies(row -> {
				assertThat(row.cell(address)).isEqualTo("兵庫県小野市王子町999-9 検証ビル2階");
				assertThat(row.cell(phone)).isEqualTo("0794-00-9999");
			});
		// the demo council's entry was saved as a directory entry only: the list reads it from there
		assertThat(organizations.rows()).filteredOn(row -> row.cell(0).equals("小野市社会福祉協議会"))
			.singleElement()
			.satisfies(row -> {
				assertThat(row.cell(address)).isEqualTo("兵庫県小野市王子町800-1 うるおい交流館エクラ1階");
				assertThat(row.cell(phone)).isEqualTo("0794-63-8100");
			});

		String hsds = graphQl.document("query($id: ID!) { hsdsOrganization(id: $id) }")
			.variable("id", id)
			.execute()
			.path("hsdsOrganization")
			.entity(String.class)
			.get()
			.replaceAll("\"\\s*:\\s*\"", "\":\"");
		assertThat(hsds).contains("\"number\":\"0794-00-9999\"", "\"address_1\":\"王子町999-9 検証ビル2階\"",
				"\"city\":\"小野市\"");
	}
}
