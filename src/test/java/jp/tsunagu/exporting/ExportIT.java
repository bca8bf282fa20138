package jp.tsunagu.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import jp.tsunagu.importing.TabularFile;
import jp.tsunagu.security.Role;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Lists and graph files of the demo network, read back by real parsers (the JDK's XML parser, POI, Commons CSV). */
class ExportIT extends HubIntegrationTest {

	@Autowired
	private WebTestClient web;

	@Test
	void theGexfOfAnAreaIsAGexfGraphWithKindsLabelsWeightsAndNoHousehold() throws Exception {
		String token = token(caller(Role.ANALYST, null, null));
		byte[] gexf = download(token, "/exports/graphs/gexf?area=282189");
		Document document = parse(gexf);
		Element root = document.getDocumentElement();
		assertThat(root.getLocalName()).isEqualTo("gexf");
		assertThat(root.getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
		assertThat(root.getAttribute("version")).isEqualTo("1.3");
		Element graph = only(root, "graph");
		Set<String> declared = new HashSet<>();
		NodeList attributes = graph.getElementsByTagNameNS(GraphFiles.GEXF_NAMESPACE, "attribute");
		for (int i = 0; i < attributes.getLength(); i++) {
			declared.add(((Element) attributes.item(i)).getAttribute("id"));
		}
		assertThat(declared).contains("kind", "kindJa", "degree", "weightedDegree", "since", "role");
		NodeList attvalues = graph.getElementsByTagNameNS(GraphFiles.GEXF_NAMESPACE, "attvalue");
		for (int i = 0; i < attvalues.getLength(); i++) {
			assertThat(declared).contains(((Element) attvalues.item(i)).getAttribute("for"));
		}
		Set<String> nodeIds = new HashSet<>();
		List<String> labels = new ArrayList<>();
		NodeList nodes = graph.getElementsByTagNameNS(GraphFiles.GEXF_NAMESPACE, "node");
		for (int i = 0; i < nodes.getLength(); i++) {
			Element node = (Element) nodes.item(i);
			nodeIds.add(node.getAttribute("id"));
			labels.add(node.getAttribute("label"));
		}
		assertThat(labels).contains("小野市社会福祉協議会", "小野市民生委員児童委員協議会");
		NodeList edges = graph.getElementsByTagNameNS(GraphFiles.GEXF_NAMESPACE, "edge");
		assertThat(edges.getLength()).isPositive();
		for (int i = 0; i < edges.getLength(); i++) {
			Element edge = (Element) edges.item(i);
			assertThat(nodeIds).contains(edge.getAttribute("source"), edge.getAttribute("target"));
			assertThat(Double.parseDouble(edge.getAttribute("weight"))).isPositive();
			assertThat(edge.getAttribute("label")).isNotBlank();
		}
		long households = count("""
				MATCH (h:Household)-[:LIVES_IN]->(:Area)-[:PART_OF*0..3]->(:Area {code: '282189'})
				WHERE h.id IN $ids RETURN count(h)""", "ids", List.copyOf(nodeIds));
		assertThat(households).isZero();
		assertThat(new String(gexf, StandardCharsets.UTF_8)).doesNotContain("Household", "HH-");
	}

	@Test
	void theGraphMlOfANetworkIsGraphMlThatCytoscapeReads() throws Exception {
		String network = (String) single("""
				MATCH (n:Network)<-[:MEMBER_OF]-() WITH n, count(*) AS members ORDER BY members DESC, n.id LIMIT 1
				RETURN n.id""");
		long members = count("MATCH (:Network {id: $id})<-[:MEMBER_OF]-(m) RETURN count(DISTINCT m)", "id", network);
		var payload = graphQl.document("""
				query($id: ID!) { exportGraph(scope: {networkId: $id}, format: GRAPHML) { fileName mediaType url text } }""")
			.variable("id", network)
			.execute()
			.errors()
			.verify();
		String text = payload.path("exportGraph.text").entity(String.class).get();
		payload.path("exportGraph.url").entity(String.class).isEqualTo("/exports/graphs/graphml?network=" + network);
		Document document = parse(text.getBytes(StandardCharsets.UTF_8));
		Element root = document.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(GraphFiles.GRAPHML_NAMESPACE);
		assertThat(root.getLocalName()).isEqualTo("graphml");
		NodeList nodes = root.getElementsByTagNameNS(GraphFiles.GRAPHML_NAMESPACE, "node");
		// the network itself and its members (subcommittees' members too)
		assertThat(nodes.getLength()).isGreaterThanOrEqualTo((int) members + 1);
		Set<String> keys = new HashSet<>();
		NodeList declared = root.getElementsByTagNameNS(GraphFiles.GRAPHML_NAMESPACE, "key");
		for (int i = 0; i < declared.getLength(); i++) {
			keys.add(((Element) declared.item(i)).getAttribute("id"));
		}
		NodeList data = root.getElementsByTagNameNS(GraphFiles.GRAPHML_NAMESPACE, "data");
		for (int i = 0; i < data.getLength(); i++) {
			assertThat(keys).contains(((Element) data.item(i)).getAttribute("key"));
		}
		NodeList edges = root.getElementsByTagNameNS(GraphFiles.GRAPHML_NAMESPACE, "edge");
		assertThat(edges.getLength()).isGreaterThanOrEqualTo((int) members);
	}

	@Test
	void listsAreCsvWithBomAndXlsxWithJapaneseHeaders() throws Exception {
		String token = token(caller(Role.COORDINATOR, "小野市社会福祉協議会", null));
		byte[] csv = download(token, "/exports/lists/organizations.csv?area=282189");
		assertThat(csv[0] & 0xFF).isEqualTo(0xEF);
		TabularFile.Table table = TabularFile.read("o.csv", csv, null);
		assertThat(table.headers()).startsWith("法人名", "法人名カナ", "法人番号", "種別", "市区町村コード");
		assertThat(table.rows()).anySatisfy(row -> {
			assertThat(row.cell(0)).isEqualTo("小野市社会福祉協議会");
			assertThat(row.cell(3)).isEqualTo("社会福祉協議会");
			assertThat(row.cell(4)).isEqualTo("282189");
		});
		String base64 = graphQl.document("""
				{ exportList(kind: PEOPLE, areaCode: "282189", format: XLSX) { base64 } }""")
			.execute()
			.errors()
			.verify()
			.path("exportList.base64")
			.entity(String.class)
			.get();
		TabularFile.Table people = TabularFile.read("p.xlsx", Base64.getDecoder().decode(base64), null);
		assertThat(people.headers()).containsExactly("氏名", "主任児童委員", "担当地区コード", "民児協", "委嘱日");
		assertThat(people.rows()).isNotEmpty();
		assertThat(count("MATCH (e:AuditEvent {operation: 'exportList'}) WHERE e.at >= $started RETURN count(e)",
				"started", started())).isEqualTo(2);
	}

	@Test
	void kumuGetsElementsAndConnectionsAndAnonymousCallersNothing() throws Exception {
		String token = token(caller(Role.ANALYST, null, null));
		String centre = idOfNamed("Organization", "小野市社会福祉協議会");
		byte[] elements = download(token, "/exports/graphs/kumu-elements.csv?organization=" + centre);
		byte[] connections = download(token, "/exports/graphs/kumu-connections.csv?organization=" + centre);
		TabularFile.Table elementTable = TabularFile.read("e.csv", elements, null);
		TabularFile.Table connectionTable = TabularFile.read("c.csv", connections, null);
		assertThat(elementTable.headers()).startsWith("ID", "Label", "Type");
		assertThat(connectionTable.headers()).startsWith("From", "To", "Type", "Direction", "Strength");
		Set<String> ids = new HashSet<>();
		elementTable.rows().forEach(row -> ids.add(row.cell(0)));
		assertThat(ids).contains(centre);
		connectionTable.rows().forEach(row -> assertThat(ids).contains(row.cell(0), row.cell(1)));
		TabularFile.Table workbook = TabularFile.read("k.xlsx", download(token, "/exports/graphs/kumu.xlsx?organization=" + centre), null);
		assertThat(workbook.rows()).hasSameSizeAs(elementTable.rows());
		web.get().uri("/exports/graphs/gexf?area=282189").exchange().expectStatus().isUnauthorized();
	}

	private byte[] download(String token, String uri) {
		return web.get()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
	}

	private static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	private static Element only(Element parent, String name) {
		NodeList list = parent.getElementsByTagNameNS(GraphFiles.GEXF_NAMESPACE, name);
		assertThat(list.getLength()).isEqualTo(1);
		return (Element) list.item(0);
	}
}
