package jp.tsunagu.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

	@Test
	void graphFilesCarryTheCollaborationMetricsWhereComputedAndNothingWhereNot() throws Exception {
		String analyst = token(caller(Role.ANALYST, null, null));
		String council = idOfNamed("Organization", "小野市社会福祉協議会");
		try {
			Map<String, String> before = gexfNodeValues(parse(download(analyst, "/exports/graphs/gexf?area=282189")), council);
			assertThat(before).doesNotContainKeys("collaborationBetweenness", "collaborationDegree", "collaborationCommunity");

			graphQl.document("mutation { writeCollaborationMetrics(input: {area: \"282189\"}) { organizationCount errors { message } } }")
				.execute()
				.path("writeCollaborationMetrics.organizationCount")
				.entity(Integer.class)
				.satisfies(written -> assertThat(written).isPositive());
			@SuppressWarnings("unchecked")
			Map<String, Object> stored = (Map<String, Object>) single("""
					MATCH (o:Organization {id: $id})
					RETURN {degree: o.collaborationDegree, betweenness: o.collaborationBetweenness,
					        community: o.collaborationCommunity, pageRank: o.collaborationPageRank} AS scores""", "id", council);

			Document gexf = parse(download(analyst, "/exports/graphs/gexf?area=282189"));
			Map<String, String> values = gexfNodeValues(gexf, council);
			assertThat(Double.parseDouble(values.get("collaborationBetweenness")))
				.isEqualTo(((Number) stored.get("betweenness")).doubleValue());
			assertThat(Double.parseDouble(values.get("collaborationPageRank")))
				.isEqualTo(((Number) stored.get("pageRank")).doubleValue());
			assertThat(Long.parseLong(values.get("collaborationDegree"))).isEqualTo(((Number) stored.get("degree")).longValue());
			assertThat(Long.parseLong(values.get("collaborationCommunity")))
				.isEqualTo(((Number) stored.get("community")).longValue());
			assertThat(values).containsEntry("collaborationMetricsArea", "282189");
			// a 民生委員 is no organisation of the collaboration network: absent, not zero
			String volunteer = (String) single("""
					MATCH (p:CommissionedVolunteer)-[:ASSIGNED_TO]->(:Area)-[:PART_OF*0..3]->(:Area {code: '282189'})
					RETURN p.id ORDER BY p.id LIMIT 1""");
			assertThat(gexfNodeValues(gexf, volunteer)).doesNotContainKeys("collaborationBetweenness", "collaborationDegree");
			assertThat(only(gexf.getDocumentElement(), "description").getTextContent()).contains("282189");

			TabularFile.Table kumu = TabularFile.read("e.csv", download(analyst, "/exports/graphs/kumu-elements.csv?area=282189"), null);
			int column = kumu.headers().indexOf("媒介中心性 (betweenness)");
			assertThat(column).isPositive();
			assertThat(kumu.rows()).filteredOn(row -> row.cell(0).equals(council))
				.singleElement()
				.satisfies(row -> assertThat(Double.parseDouble(row.cell(column)))
					.isEqualTo(((Number) stored.get("betweenness")).doubleValue()));
			assertThat(kumu.rows()).filteredOn(row -> row.cell(0).equals(volunteer))
				.singleElement()
				.satisfies(row -> assertThat(row.cell(column)).isEmpty());

			// who may not ask collaborationMetrics does not get them in a file either
			String member = token(caller(Role.MEMBER_STAFF, "小野市社会福祉協議会", null));
			assertThat(gexfNodeValues(parse(download(member, "/exports/graphs/gexf?area=282189")), council))
				.doesNotContainKeys("collaborationBetweenness", "collaborationDegree", "collaborationCommunity");
		}
		finally {
			single("""
					MATCH (o:Organization {collaborationMetricsArea: '282189'})
					REMOVE o.collaborationDegree, o.collaborationPageRank, o.collaborationBetweenness,
					  o.collaborationCommunity, o.collaborationMetricsArea, o.collaborationMetricsAt
					RETURN count(o)""");
		}
	}

	/** The attribute values of one node of a GEXF file, by attribute id. */
	private static Map<String, String> gexfNodeValues(Document gexf, String id) {
		NodeList nodes = gexf.getElementsByTagNameNS(GraphFiles.GEXF_NAMESPACE, "node");
		for (int i = 0; i < nodes.getLength(); i++) {
			Element node = (Element) nodes.item(i);
			if (node.getAttribute("id").equals(id)) {
				Map<String, String> values = new HashMap<>();
				NodeList attvalues = node.getElementsByTagNameNS(GraphFiles.GEXF_NAMESPACE, "attvalue");
				for (int j = 0; j < attvalues.getLength(); j++) {
					Element value = (Element) attvalues.item(j);
					values.put(value.getAttribute("for"), value.getAttribute("value"));
				}
				return values;
			}
		}
		throw new AssertionError("no node " + id + " in the GEXF file");
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
