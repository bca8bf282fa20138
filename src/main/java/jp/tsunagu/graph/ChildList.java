package jp.tsunagu.graph;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.neo4j.driver.types.MapAccessor;

/**
 * A child field of a GraphQL type, declared once and read two ways: for many parents in a statement of its own (the
 * data loader behind its {@code @BatchMapping}, through {@link BatchLoader}), or inside the statement that reads the
 * parents, when the request's selection asks for it ({@link ChildLists}). Both readings compose the same pattern, so
 * the children, their filters and their order are the same either way.
 *
 * @param type the parent's GraphQL type, e.g. {@code Organization}
 * @param field the field, e.g. {@code servedAreas}; with the type, the name of the field's data loader
 * @param parentLabel the parent's node label, for the statement of its own
 * @param pattern a {@code MATCH … WHERE …} from {@code {{parent}}} to {@code {{child}}}, optionally binding the tie as
 * {@code {{tie}}}; fixed text of the code base, never caller input
 * @param order what the children are sorted by, in terms of {@code {{child}}}; null when a field holds one
 * @param single whether the field holds at most one child
 * @param mapper the child, from its parent and a row with {@code node} (the child node) and {@code tie}
 * @param nesting how the child's own child fields are reached, or null when the child carries none
 */
public record ChildList<P, C>(String type, String field, String parentLabel, String pattern, String order,
		boolean single, BiFunction<P, MapAccessor, C> mapper, Nesting<C> nesting) {

	/** A field holding a list of children, sorted by {@code order}. */
	public static <P, C> ChildList<P, C> many(String type, String field, String parentLabel, String pattern,
			String order, BiFunction<P, MapAccessor, C> mapper) {
		return new ChildList<>(type, field, parentLabel, pattern, order, false, mapper, null);
	}

	/** A field holding at most one child. */
	public static <P, C> ChildList<P, C> one(String type, String field, String parentLabel, String pattern,
			BiFunction<P, MapAccessor, C> mapper) {
		return new ChildList<>(type, field, parentLabel, pattern, null, true, mapper, null);
	}

	/**
	 * The same field, whose child node is an object of GraphQL type {@code childType} at {@code path} below the field
	 * (empty when the child itself is that object), with that object's own child fields reachable in the same statement.
	 */
	public ChildList<P, C> nesting(String path, String childType, Function<C, ?> key) {
		return new ChildList<>(type, field, parentLabel, pattern, order, single, mapper,
				new Nesting<>(path, childType, key));
	}

	/** The name of the field's data loader, as Spring for GraphQL registers it for a {@code @BatchMapping}. */
	public String loaderName() {
		return type + "." + field;
	}

	/** The statement of its own: a row per child with the parent's id in column {@code id}, for {@code $ids}. */
	public String batchStatement() {
		return CypherTemplate.compose("""
				UNWIND $ids AS id MATCH (parent:{{label}} {id: id})
				{{pattern}}
				RETURN id, child AS node, {{tie}} AS tie{{order}}""", Map.of("label", parentLabel, "pattern",
				bound("parent", "child", "tie"), "tie", hasTie() ? "tie" : "null", "order",
				order == null ? "" : " ORDER BY " + bound("parent", "child", "tie", order)));
	}

	/**
	 * The children of {@code parent} as an expression: a list of maps with {@code node}, {@code tie} and, by field
	 * name, each of {@code nested}.
	 */
	String subquery(String parent, String child, String tie, List<String> nested) {
		String row = "node: " + child + (hasTie() ? ", tie: " + tie : "")
				+ nested.stream().map(fragment -> ", " + fragment).reduce("", String::concat);
		return CypherTemplate.compose("""
				COLLECT {
				  {{pattern}}
				  WITH {{carried}}{{order}}
				  RETURN {{{row}}}
				}""", Map.of("pattern", bound(parent, child, tie).replace("\n", "\n  "), "carried",
				hasTie() ? child + ", " + tie : child, "order",
				order == null ? "" : " ORDER BY " + bound(parent, child, tie, order), "row", row));
	}

	private boolean hasTie() {
		return pattern.contains("{{tie}}");
	}

	private String bound(String parent, String child, String tie) {
		return bound(parent, child, tie, pattern);
	}

	private String bound(String parent, String child, String tie, String text) {
		return text.contains("{{tie}}") ? CypherTemplate.compose(text, Map.of("parent", parent, "child", child, "tie", tie))
				: text.contains("{{parent}}")
						? CypherTemplate.compose(text, Map.of("parent", parent, "child", child))
						: CypherTemplate.compose(text, Map.of("child", child));
	}

	/** Where the child's own child fields hang: below {@code path}, on an object of {@code type} found by {@code key}. */
	public record Nesting<C>(String path, String type, Function<C, ?> key) {
	}

	/** What a feature declares, for {@link ChildLists} to find. */
	public interface Declarations {

		List<ChildList<?, ?>> childLists();
	}
}
