package jp.tsunagu.exporting;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.api.NotAllowedException;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.importing.ImportKind;
import jp.tsunagu.importing.ImportTemplates;
import jp.tsunagu.importing.Spreadsheets;
import jp.tsunagu.importing.TemplateColumn;
import jp.tsunagu.mapping.TieKind;
import jp.tsunagu.network.MemberRole;
import jp.tsunagu.network.NetworkKind;
import jp.tsunagu.organization.FacilityField;
import jp.tsunagu.organization.OrganizationKind;
import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import org.springframework.stereotype.Service;

/**
 * Lists (organisations, services, 民生委員, networks with members) as CSV with a BOM and XLSX, with the import
 * templates' Japanese headers so that an exported list can be edited and imported again; graphs of an area, a
 * network or an organisation's neighbourhood for Gephi, Cytoscape and Kumu. Households are in no export. Any
 * signed-in caller may export (the directory is theirs to read); every export is audited.
 */
@Service
public class ExportService {

	/** The scope of a graph: exactly one of an area code, a network id or an organisation id (its neighbourhood). */
	public record GraphScope(String areaCode, String networkId, String organizationId) {
	}

	private static final Role[] METRICS_READERS = { Role.COORDINATOR, Role.ANALYST, Role.ADMINISTRATOR };

	private final ExportQueries queries;

	private final AuditLog audit;

	ExportService(ExportQueries queries, AuditLog audit) {
		this.queries = queries;
		this.audit = audit;
	}

	public ExportFile list(Caller caller, ImportKind kind, String areaCode, String format) {
		signedIn(caller);
		boolean xlsx = "xlsx".equalsIgnoreCase(format);
		if (!xlsx && !"csv".equalsIgnoreCase(format)) {
			throw InvalidArgumentException.bilingual("format", "形式は csv か xlsx です", "format must be csv or xlsx");
		}
		List<TemplateColumn> columns = ImportTemplates.columns(kind);
		List<String> headers = columns.stream().map(TemplateColumn::ja).toList();
		List<List<String>> rows = new ArrayList<>();
		for (Map<String, Object> record : records(kind, areaCode)) {
			rows.add(columns.stream().map(column -> cell(kind, column.key(), record)).toList());
		}
		byte[] content = xlsx ? Spreadsheets.xlsx(kind.labelJa(), headers, rows) : Spreadsheets.csv(headers, rows);
		String fileName = kind.slug() + "-" + areaCode + (xlsx ? ".xlsx" : ".csv");
		audit.fileTransfer(caller, AuditAction.READ, "exportList", List.of(kind.name()), fileName, rows.size()).block();
		return new ExportFile(fileName,
				xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv;charset=UTF-8",
				content, "/exports/lists/" + fileName.replace("-" + areaCode, "") + "?area=" + encode(areaCode), !xlsx);
	}

	public ExportFile graph(Caller caller, GraphScope scope, GraphFormat format) {
		signedIn(caller);
		GraphData graph = graphOf(scope, caller.hasAnyRole(METRICS_READERS));
		byte[] content = GraphFiles.write(graph, format);
		String name = scope.areaCode() != null ? "area-" + scope.areaCode()
				: scope.networkId() != null ? "network-" + scope.networkId() : "neighbourhood-" + scope.organizationId();
		String fileName = name + "." + format.extension();
		audit.fileTransfer(caller, AuditAction.READ, "exportGraph", List.of(format.name()), fileName,
				graph.nodes().size()).block();
		String query = scope.areaCode() != null ? "area=" + encode(scope.areaCode())
				: scope.networkId() != null ? "network=" + encode(scope.networkId())
						: "organization=" + encode(scope.organizationId());
		return new ExportFile(fileName, format.mediaType(), content, "/exports/graphs/" + format.extension() + "?" + query,
				format.text());
	}

	/**
	 * The graph of the scope; with the collaboration metrics written onto its organisations when the caller may read
	 * them (those who may ask collaborationMetrics).
	 */
	GraphData graphOf(GraphScope scope, boolean withMetrics) {
		int given = (scope.areaCode() == null ? 0 : 1) + (scope.networkId() == null ? 0 : 1)
				+ (scope.organizationId() == null ? 0 : 1);
		if (given != 1) {
			throw InvalidArgumentException.bilingual("scope", "地域・ネットワーク・団体のどれか一つを指定してください",
					"give exactly one of an area code, a network id or an organisation id");
		}
		List<Map<String, Object>> records = scope.areaCode() != null ? queries.areaGraph(scope.areaCode())
				: scope.networkId() != null ? queries.networkGraph(scope.networkId())
						: queries.neighbourhoodGraph(scope.organizationId());
		String title = scope.areaCode() != null ? "地域 " + scope.areaCode() + " のネットワーク / network of area " + scope.areaCode()
				: scope.networkId() != null ? "ネットワーク / network " + scope.networkId()
						: "団体の近隣 / neighbourhood of organisation " + scope.organizationId();
		return build(title, records, withMetrics);
	}

	private static GraphData build(String title, List<Map<String, Object>> records, boolean withMetrics) {
		List<GraphData.Tie> ties = new ArrayList<>();
		Map<String, Integer> degree = new HashMap<>();
		Map<String, Double> weighted = new HashMap<>();
		for (Map<String, Object> record : records) {
			for (Object item : (List<?>) record.get("ties")) {
				if (item == null) {
					continue;
				}
				Map<?, ?> tie = (Map<?, ?>) item;
				String type = (String) tie.get("type");
				String role = (String) tie.get("role");
				double weight = weight(type, role);
				String source = (String) record.get("id");
				String target = (String) tie.get("target");
				ties.add(new GraphData.Tie("t" + ties.size(), source, target, type, TieKind.valueOf(type).labelJa(),
						weight, (String) tie.get("since"), role));
				for (String end : List.of(source, target)) {
					degree.merge(end, 1, Integer::sum);
					weighted.merge(end, weight, Double::sum);
				}
			}
		}
		List<GraphData.Node> nodes = new ArrayList<>();
		for (Map<String, Object> record : records) {
			String id = (String) record.get("id");
			List<?> labels = (List<?>) record.get("labels");
			String[] kind = kind(labels);
			nodes.add(new GraphData.Node(id, (String) record.get("name"), kind[0], kind[1], (String) record.get("createdOn"),
					degree.getOrDefault(id, 0), weighted.getOrDefault(id, 0.0),
					withMetrics ? collaboration((Map<?, ?>) record.get("collaboration")) : null));
		}
		return new GraphData(title, nodes, ties);
	}

	private static GraphData.CollaborationScores collaboration(Map<?, ?> written) {
		if (written == null) {
			return null;
		}
		return new GraphData.CollaborationScores(((Number) written.get("degree")).longValue(),
				((Number) written.get("pageRank")).doubleValue(), ((Number) written.get("betweenness")).doubleValue(),
				((Number) written.get("community")).longValue(), (String) written.get("area"),
				(String) written.get("computedAt"));
	}

	/** A chair or secretariat holds a network more than a member does; every other tie weighs 1. */
	private static double weight(String type, String role) {
		if (!"MEMBER_OF".equals(type) || role == null) {
			return 1;
		}
		return switch (role) {
			case "CHAIR", "SECRETARIAT" -> 3;
			case "STEERING" -> 2;
			default -> 1;
		};
	}

	/** The node's most specific kind and its Japanese label. */
	private static String[] kind(List<?> labels) {
		for (OrganizationKind kind : OrganizationKind.values()) {
			if (labels.contains(kind.nodeLabel())) {
				return new String[] { kind.name(), kind.labelJa() };
			}
		}
		if (labels.contains("CommissionedVolunteer")) {
			return new String[] { "COMMISSIONED_VOLUNTEER", "民生委員・児童委員" };
		}
		if (labels.contains("StaffMember")) {
			return new String[] { "STAFF", "職員" };
		}
		for (String[] kind : new String[][] { { "Organization", "ORGANIZATION", "組織" }, { "Network", "NETWORK", "ネットワーク" },
				{ "Activity", "ACTIVITY", "事業・活動" }, { "Service", "SERVICE", "社会資源" }, { "Person", "PERSON", "人" } }) {
			if (labels.contains(kind[0])) {
				return new String[] { kind[1], kind[2] };
			}
		}
		return new String[] { String.valueOf(labels), "" };
	}

	private List<Map<String, Object>> records(ImportKind kind, String areaCode) {
		if (areaCode == null || areaCode.isBlank()) {
			throw InvalidArgumentException.bilingual("areaCode", "地域コードを指定してください", "an area code is needed");
		}
		return switch (kind) {
			case ORGANIZATIONS -> queries.organizations(areaCode);
			case PEOPLE -> queries.people(areaCode);
			case NETWORKS -> queries.networks(areaCode);
			case SERVICES -> queries.services(areaCode);
			case HOUSEHOLDS -> throw InvalidArgumentException.bilingual("kind", "世帯は書き出せません", "households are never exported");
			case HSDS -> throw InvalidArgumentException.bilingual("kind", "HSDS は hsdsDataPackage か `hsds export` で書き出します",
					"HSDS is exported as hsdsDataPackage or `hsds export`");
		};
	}

	/** A value as the import template writes it: Japanese labels for kinds and roles, 「、」 between needs. */
	private static String cell(ImportKind kind, String key, Map<String, Object> record) {
		Object value = kind == ImportKind.PEOPLE && key.equals("chiefChildCommissioner") ? record.get("chief") : record.get(key);
		if (value == null) {
			return "";
		}
		if (value instanceof Boolean flag) {
			return flag ? "はい" : "";
		}
		if (value instanceof List<?> list) {
			return String.join("、", list.stream().map(String::valueOf).toList());
		}
		String text = value.toString();
		return switch (key) {
			case "kind" -> label(OrganizationKind.values(), kindByLabel(text));
			case "facilityField" -> label(FacilityField.values(), text);
			case "networkKind" -> label(NetworkKind.values(), text);
			case "role" -> label(MemberRole.values(), text);
			default -> text;
		};
	}

	private static String kindByLabel(String nodeLabel) {
		for (OrganizationKind kind : OrganizationKind.values()) {
			if (kind.nodeLabel().equals(nodeLabel)) {
				return kind.name();
			}
		}
		return nodeLabel;
	}

	private static <E extends Enum<E> & jp.tsunagu.graph.Labelled> String label(E[] values, String name) {
		for (E value : values) {
			if (value.name().equals(name)) {
				return value.labelJa();
			}
		}
		return name;
	}

	private static void signedIn(Caller caller) {
		if (caller.isAnonymous()) {
			throw NotAllowedException.bilingual("エクスポートにはサインインが必要です", "Sign in to export", true);
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
