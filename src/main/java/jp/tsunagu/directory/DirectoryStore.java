package jp.tsunagu.directory;

import static jp.tsunagu.graph.CypherParameters.of;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jp.tsunagu.graph.CypherTemplate;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Writes and reads the directory entries below a service or an organisation as trees. A tree is a map: an entity's
 * stored properties (camel-case names, {@link HsdsEntity#property}) with, under the API profile's keys
 * ({@code phones}, {@code location}), the entities it holds. An entity held in several places (a phone of both a
 * service and its location, as HSDS allows) is one node with several parents.
 */
@Repository
class DirectoryStore {

	/** Marks a tree map's position among its siblings while it is assembled. */
	private static final String POSITION = "__position";

	private static String read(HsdsEntity root) {
		return CypherTemplate.compose("""
				MATCH (root:{{label}}) WHERE root.id IN $ids
				OPTIONAL MATCH p = (root)-[:{{tree}}*1..5]->(:!Service&!Organization)
				RETURN root.id AS id, root, collect(p) AS paths""", Map.of("label", root.label, "tree", HsdsEntity.TREE));
	}

	/**
	 * Removes a root's entries, and those of its entities that no other root holds (a taxonomy term stays: it belongs
	 * to its taxonomy).
	 */
	private static String clear(HsdsEntity root) {
		return CypherTemplate.compose("""
			MATCH (root:{{label}} {id: $id})
			OPTIONAL MATCH (root)-[:{{tree}}*1..5]->(entry:!TaxonomyTerm)
			WITH root, collect(DISTINCT entry) AS entries
			OPTIONAL MATCH (root)-[direct:{{tree}}]->()
			DELETE direct
			WITH DISTINCT entries
			UNWIND entries AS entry
			WITH entry WHERE NOT EXISTS { (other:Service|Organization)-[:{{tree}}*1..5]->(entry) }
			DETACH DELETE entry""", Map.of("label", root.label, "tree", HsdsEntity.TREE));
	}

	private final ReactiveNeo4jClient client;

	DirectoryStore(ReactiveNeo4jClient client) {
		this.client = client;
	}

	/** Deletes the root's entries (not the root). */
	Mono<Void> clear(HsdsEntity root, String id) {
		return client.query(clear(root)).bindAll(of("id", id)).run().then();
	}

	/**
	 * Merges the entities of a tree below the root with this id, by their ids, level by level, so a parent exists
	 * before its children are tied to it. Only the children are written: the root's own properties are its feature's.
	 */
	Mono<Void> write(HsdsEntity root, String rootId, Map<String, Object> tree) {
		TreeMap<Integer, Map<String, List<Map<String, Object>>>> levels = new TreeMap<>();
		flatten(root, rootId, tree, 1, levels);
		return Flux.fromIterable(levels.values())
			.concatMap(groups -> Flux.fromIterable(groups.entrySet())
				.concatMap(group -> client.query(group.getKey()).bindAll(of("rows", group.getValue())).run()))
			.then();
	}

	private static void flatten(HsdsEntity parent, String parentId, Map<String, Object> tree, int depth,
			Map<Integer, Map<String, List<Map<String, Object>>>> levels) {
		parent.children().forEach((key, child) -> {
			List<Map<String, Object>> entries = entries(tree.get(key));
			for (int position = 0; position < entries.size(); position++) {
				Map<String, Object> entry = entries.get(position);
				String id = (String) entry.get("id");
				Map<String, Object> properties = new LinkedHashMap<>();
				entry.forEach((name, value) -> {
					if (!(value instanceof List) && !(value instanceof Map) && !"id".equals(name)) {
						properties.put(name, value);
					}
				});
				String statement = merge(parent.label, child.entity());
				levels.computeIfAbsent(depth, d -> new LinkedHashMap<>())
					.computeIfAbsent(statement, s -> new ArrayList<>())
					.add(of("parentId", parentId, "id", id, "properties", properties, "position", position));
				flatten(child.entity(), id, entry, depth + 1, levels);
			}
		});
	}

	/** Labels and types come from {@link HsdsEntity}, never from input. */
	private static String merge(String parentLabel, HsdsEntity child) {
		return CypherTemplate.compose("""
				UNWIND $rows AS row
				MATCH (parent:{{parent}} {id: row.parentId})
				MERGE (entry:{{child}} {id: row.id})
				ON CREATE SET entry.createdAt = datetime()
				SET entry += row.properties
				MERGE (parent)-[tie:{{tie}}]->(entry)
				SET tie.position = row.position""", Map.of("parent", parentLabel, "child", child.label, "tie",
				child.relationship));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> entries(Object value) {
		if (value instanceof Map<?, ?> single) {
			return List.of((Map<String, Object>) single);
		}
		if (value instanceof List<?> list) {
			return (List<Map<String, Object>>) list;
		}
		return List.of();
	}

	/** The trees of the roots with these ids: each root's own properties with its entries. */
	Mono<Map<String, Map<String, Object>>> read(HsdsEntity root, List<String> ids) {
		return client.query(read(root))
			.bindAll(of("ids", ids))
			.fetchAs(Map.Entry.class)
			.mappedBy((types, record) -> Map.entry(record.get("id").asString(),
					tree(root, record.get("root").asNode(), record.get("paths").asList(Value::asPath))))
			.all()
			.collectMap(entry -> (String) entry.getKey(), entry -> {
				@SuppressWarnings("unchecked")
				Map<String, Object> tree = (Map<String, Object>) entry.getValue();
				return tree;
			});
	}

	private static Map<String, Object> tree(HsdsEntity root, Node node, List<org.neo4j.driver.types.Path> paths) {
		Map<String, Object> tree = new LinkedHashMap<>(node.asMap());
		Map<String, Map<String, Object>> byTrail = new LinkedHashMap<>();
		byTrail.put(node.elementId(), tree);
		paths.stream().sorted(Comparator.comparingInt(org.neo4j.driver.types.Path::length)).forEach(path -> {
			String trail = node.elementId();
			HsdsEntity parent = root;
			Map<String, Object> parentMap = tree;
			for (org.neo4j.driver.types.Path.Segment segment : path) {
				Relationship tie = segment.relationship();
				HsdsEntity entity = HsdsEntity.byRelationship(tie.type()).orElseThrow();
				String childTrail = trail + "/" + segment.end().elementId();
				Map<String, Object> existing = byTrail.get(childTrail);
				if (existing == null) {
					var key = parent.keyOf(entity);
					if (key.isEmpty()) {
						return;
					}
					existing = new LinkedHashMap<>(segment.end().asMap());
					existing.remove("createdAt");
					existing.put(POSITION, tie.get("position").asInt(0));
					attach(parentMap, key.get().getKey(), key.get().getValue().single(), existing);
					byTrail.put(childTrail, existing);
				}
				trail = childTrail;
				parent = entity;
				parentMap = existing;
			}
		});
		sortAndUnmark(tree);
		return tree;
	}

	@SuppressWarnings("unchecked")
	private static void attach(Map<String, Object> parent, String key, boolean single, Map<String, Object> child) {
		if (single) {
			parent.put(key, child);
		}
		else {
			((List<Object>) parent.computeIfAbsent(key, k -> new ArrayList<>())).add(child);
		}
	}

	@SuppressWarnings("unchecked")
	private static void sortAndUnmark(Map<String, Object> tree) {
		tree.remove(POSITION);
		for (Object value : tree.values()) {
			if (value instanceof Map<?, ?> child) {
				sortAndUnmark((Map<String, Object>) child);
			}
			else if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map) {
				List<Map<String, Object>> children = (List<Map<String, Object>>) list;
				children.sort(Comparator.comparingInt(child -> (Integer) child.get(POSITION)));
				children.forEach(DirectoryStore::sortAndUnmark);
			}
		}
	}
}
