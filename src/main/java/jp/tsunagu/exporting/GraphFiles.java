package jp.tsunagu.exporting;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jp.tsunagu.importing.Spreadsheets;

/**
 * Writes a {@link GraphData} as GEXF 1.3 (Gephi, Gephi Lite), GraphML (Cytoscape, yEd, Gephi) through the JDK's StAX
 * writer, and as Kumu's elements and connections (XLSX with both sheets, or one CSV each).
 */
final class GraphFiles {

	static final String GEXF_NAMESPACE = "http://gexf.net/1.3";

	static final String GRAPHML_NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

	private static final String[][] NODE_ATTRIBUTES = { { "kind", "string" }, { "kindJa", "string" },
			{ "createdOn", "string" }, { "degree", "integer" }, { "weightedDegree", "double" },
			{ "collaborationDegree", "integer" }, { "collaborationPageRank", "double" },
			{ "collaborationBetweenness", "double" }, { "collaborationCommunity", "integer" },
			{ "collaborationMetricsArea", "string" }, { "collaborationMetricsAt", "string" } };

	private static final String[][] TIE_ATTRIBUTES = { { "kind", "string" }, { "kindJa", "string" },
			{ "since", "string" }, { "role", "string" } };

	private GraphFiles() {
	}

	static byte[] write(GraphData graph, GraphFormat format) {
		return switch (format) {
			case GEXF -> gexf(graph);
			case GRAPHML -> graphml(graph);
			case KUMU_XLSX -> {
				Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
				sheets.put("Elements", kumuElements(graph));
				sheets.put("Connections", kumuConnections(graph));
				yield Spreadsheets.xlsx(sheets);
			}
			case KUMU_ELEMENTS_CSV -> csv(kumuElements(graph));
			case KUMU_CONNECTIONS_CSV -> csv(kumuConnections(graph));
		};
	}

	private static byte[] csv(List<List<String>> table) {
		return Spreadsheets.csv(table.get(0), table.subList(1, table.size()));
	}

	private static byte[] gexf(GraphData graph) {
		return xml(xml -> {
			xml.writeStartElement("gexf");
			xml.writeDefaultNamespace(GEXF_NAMESPACE);
			xml.writeAttribute("version", "1.3");
			xml.writeStartElement("meta");
			xml.writeAttribute("lastmodifieddate", LocalDate.now().toString());
			element(xml, "creator", "Tsunagu (つなぐ)");
			element(xml, "description", graph.title() + "。" + metricsNote(graph));
			xml.writeEndElement();
			xml.writeStartElement("graph");
			xml.writeAttribute("mode", "static");
			xml.writeAttribute("defaultedgetype", "directed");
			declareGexf(xml, "node", NODE_ATTRIBUTES);
			declareGexf(xml, "edge", TIE_ATTRIBUTES);
			xml.writeStartElement("nodes");
			for (GraphData.Node node : graph.nodes()) {
				xml.writeStartElement("node");
				xml.writeAttribute("id", node.id());
				xml.writeAttribute("label", node.label());
				xml.writeStartElement("attvalues");
				gexfValues(xml, nodeValues(node));
				xml.writeEndElement();
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeStartElement("edges");
			for (GraphData.Tie tie : graph.ties()) {
				xml.writeStartElement("edge");
				xml.writeAttribute("id", tie.id());
				xml.writeAttribute("source", tie.source());
				xml.writeAttribute("target", tie.target());
				xml.writeAttribute("label", tie.kindJa());
				xml.writeAttribute("weight", String.valueOf(tie.weight()));
				xml.writeStartElement("attvalues");
				gexfValues(xml, tieValues(tie));
				xml.writeEndElement();
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndElement();
		});
	}

	private static void declareGexf(XMLStreamWriter xml, String kind, String[][] attributes) throws XMLStreamException {
		xml.writeStartElement("attributes");
		xml.writeAttribute("class", kind);
		for (String[] attribute : attributes) {
			xml.writeEmptyElement("attribute");
			xml.writeAttribute("id", attribute[0]);
			xml.writeAttribute("title", attribute[0]);
			xml.writeAttribute("type", attribute[1]);
		}
		xml.writeEndElement();
	}

	private static void gexfValues(XMLStreamWriter xml, Map<String, String> values) throws XMLStreamException {
		for (Map.Entry<String, String> value : values.entrySet()) {
			if (value.getValue() != null) {
				xml.writeEmptyElement("attvalue");
				xml.writeAttribute("for", value.getKey());
				xml.writeAttribute("value", value.getValue());
			}
		}
	}

	private static byte[] graphml(GraphData graph) {
		return xml(xml -> {
			xml.writeStartElement("graphml");
			xml.writeDefaultNamespace(GRAPHML_NAMESPACE);
			declareGraphml(xml, "node", "label", "string");
			for (String[] attribute : NODE_ATTRIBUTES) {
				declareGraphml(xml, "node", attribute[0], attribute[1].equals("integer") ? "int" : attribute[1]);
			}
			declareGraphml(xml, "edge", "weight", "double");
			for (String[] attribute : TIE_ATTRIBUTES) {
				declareGraphml(xml, "edge", "e_" + attribute[0], attribute[1]);
			}
			xml.writeStartElement("graph");
			xml.writeAttribute("id", "tsunagu");
			xml.writeAttribute("edgedefault", "directed");
			element(xml, "desc", graph.title() + "。" + metricsNote(graph));
			for (GraphData.Node node : graph.nodes()) {
				xml.writeStartElement("node");
				xml.writeAttribute("id", node.id());
				data(xml, "label", node.label());
				for (Map.Entry<String, String> value : nodeValues(node).entrySet()) {
					data(xml, value.getKey(), value.getValue());
				}
				xml.writeEndElement();
			}
			for (GraphData.Tie tie : graph.ties()) {
				xml.writeStartElement("edge");
				xml.writeAttribute("id", tie.id());
				xml.writeAttribute("source", tie.source());
				xml.writeAttribute("target", tie.target());
				data(xml, "weight", String.valueOf(tie.weight()));
				for (Map.Entry<String, String> value : tieValues(tie).entrySet()) {
					data(xml, "e_" + value.getKey(), value.getValue());
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
		});
	}

	/** A GraphML key; its id is the attribute name, so Cytoscape and Gephi show it as such. */
	private static void declareGraphml(XMLStreamWriter xml, String kind, String name, String type)
			throws XMLStreamException {
		xml.writeEmptyElement("key");
		xml.writeAttribute("id", name);
		xml.writeAttribute("for", kind);
		xml.writeAttribute("attr.name", name.startsWith("e_") ? name.substring(2) : name);
		xml.writeAttribute("attr.type", type);
	}

	private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
		if (value != null) {
			xml.writeStartElement("data");
			xml.writeAttribute("key", key);
			xml.writeCharacters(value);
			xml.writeEndElement();
		}
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static Map<String, String> nodeValues(GraphData.Node node) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("kind", node.kind());
		values.put("kindJa", node.kindJa());
		values.put("createdOn", node.createdOn());
		values.put("degree", String.valueOf(node.degree()));
		values.put("weightedDegree", String.valueOf(node.weightedDegree()));
		GraphData.CollaborationScores scores = node.collaboration();
		if (scores != null) {
			values.put("collaborationDegree", String.valueOf(scores.degree()));
			values.put("collaborationPageRank", String.valueOf(scores.pageRank()));
			values.put("collaborationBetweenness", String.valueOf(scores.betweenness()));
			values.put("collaborationCommunity", String.valueOf(scores.community()));
			values.put("collaborationMetricsArea", scores.area());
			values.put("collaborationMetricsAt", scores.computedAt());
		}
		return values;
	}

	private static Map<String, String> tieValues(GraphData.Tie tie) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("kind", tie.kind());
		values.put("kindJa", tie.kindJa());
		values.put("since", tie.since());
		values.put("role", tie.role());
		return values;
	}

	/** Kumu's elements: ID (which From and To name), Label, Type, and the metrics as fields. */
	private static List<List<String>> kumuElements(GraphData graph) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("ID", "Label", "Type", "種別", "作成日", "次数 (degree)", "重み付き次数 (weighted degree)",
				"連携の次数 (collaboration degree)", "ページランク (PageRank)", "媒介中心性 (betweenness)",
				"コミュニティ (community)", "指標の地域 (metrics area)", "指標の計算日時 (metrics computed at)"));
		for (GraphData.Node node : graph.nodes()) {
			Map<String, String> values = nodeValues(node);
			rows.add(List.of(node.id(), node.label(), node.kind(), node.kindJa(), nullToEmpty(node.createdOn()),
					String.valueOf(node.degree()), String.valueOf(node.weightedDegree()),
					nullToEmpty(values.get("collaborationDegree")), nullToEmpty(values.get("collaborationPageRank")),
					nullToEmpty(values.get("collaborationBetweenness")), nullToEmpty(values.get("collaborationCommunity")),
					nullToEmpty(values.get("collaborationMetricsArea")), nullToEmpty(values.get("collaborationMetricsAt"))));
		}
		return rows;
	}

	/**
	 * Whether the collaboration metrics are in the file, and of which area's computation: a node without them was not
	 * computed (its attributes are absent, never zero).
	 */
	static String metricsNote(GraphData graph) {
		List<String> areas = graph.nodes()
			.stream()
			.map(GraphData.Node::collaboration)
			.filter(scores -> scores != null)
			.map(GraphData.CollaborationScores::area)
			.distinct()
			.sorted()
			.toList();
		if (areas.isEmpty()) {
			return "連携の指標（媒介中心性・次数・コミュニティ）は未計算 / collaboration metrics not computed";
		}
		return "連携の指標は地域 " + String.join("・", areas) + " で計算されたもの、値のない団体は未計算 / collaboration "
				+ "metrics as computed for area " + String.join(", ", areas) + "; organisations without them were not computed";
	}

	private static List<List<String>> kumuConnections(GraphData graph) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("From", "To", "Type", "Direction", "Strength", "種別", "開始日 (since)", "役割 (role)"));
		for (GraphData.Tie tie : graph.ties()) {
			rows.add(List.of(tie.source(), tie.target(), tie.kind(),
					"COLLABORATES_WITH".equals(tie.kind()) ? "mutual" : "directed", String.valueOf(tie.weight()),
					tie.kindJa(), nullToEmpty(tie.since()), nullToEmpty(tie.role())));
		}
		return rows;
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	private interface XmlBody {
		void write(XMLStreamWriter xml) throws XMLStreamException;
	}

	private static byte[] xml(XmlBody body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			body.write(xml);
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("cannot write the graph file", ex);
		}
		return out.toByteArray();
	}

	static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}
}
