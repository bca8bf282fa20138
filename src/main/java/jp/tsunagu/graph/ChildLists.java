package jp.tsunagu.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.springframework.stereotype.Component;

/**
 * Every declared {@link ChildList}, by type: what lets a list's fetcher read the child fields its selection asks for
 * in the list's own statement, and hand them to the fields' data loaders, so that their {@code @BatchMapping}s send
 * no statement of their own.
 */
@Component
public class ChildLists {

	private final Map<String, List<ChildList<Object, Object>>> byType = new HashMap<>();

	@SuppressWarnings("unchecked")
	ChildLists(List<ChildList.Declarations> declarations) {
		declarations.forEach(declared -> declared.childLists()
			.forEach(list -> byType.computeIfAbsent(list.type(), type -> new ArrayList<>())
				.add((ChildList<Object, Object>) list)));
		byType.values().forEach(lists -> lists.sort(Comparator.comparing(ChildList::field)));
	}

	/**
	 * The child fields of {@code type} that the fetcher's selection asks for at {@code path} (e.g. {@code edges/node},
	 * or empty for the fetched object itself), and theirs below them, for a statement binding the parent as
	 * {@code variable}.
	 */
	public Selected select(String type, String variable, DataFetchingEnvironment environment, String path) {
		return new Selected(variable, lists(type, environment.getSelectionSet(), path, variable));
	}

	/** Nothing carried: the parents alone, e.g. where no request's selection is at hand. */
	public static Selected none(String variable) {
		return new Selected(variable, List.of());
	}

	private List<SelectedList> lists(String type, DataFetchingFieldSelectionSet selection, String path,
			String variable) {
		List<SelectedList> selected = new ArrayList<>();
		for (ChildList<Object, Object> list : byType.getOrDefault(type, List.of())) {
			String fieldPath = path.isEmpty() ? list.field() : path + "/" + list.field();
			if (!selection.contains(fieldPath)) {
				continue;
			}
			String child = variable + "_" + list.field();
			List<SelectedList> nested = List.of();
			if (list.nesting() != null) {
				String nestedPath = list.nesting().path().isEmpty() ? fieldPath : fieldPath + "/" + list.nesting().path();
				nested = lists(list.nesting().type(), selection, nestedPath, child);
			}
			selected.add(new SelectedList(list, child, child + "_tie", nested));
		}
		return selected;
	}

	private record SelectedList(ChildList<Object, Object> list, String child, String tie, List<SelectedList> nested) {

		String fragment(String parent) {
			return list.field() + ": " + list.subquery(parent, child, tie,
					nested.stream().map(inner -> inner.fragment(child)).toList());
		}
	}

	/** The child fields one fetch carries: the row to return for a parent, and the children read from it. */
	public static final class Selected {

		private final String variable;

		private final List<SelectedList> lists;

		private final List<Prime> primes = new ArrayList<>();

		private Selected(String variable, List<SelectedList> lists) {
			this.variable = variable;
			this.lists = lists;
		}

		/** The expression to return for the parent: its node alone, or a map of the node and its children. */
		public String row() {
			if (lists.isEmpty()) {
				return variable;
			}
			return "{node: " + variable
					+ lists.stream().map(list -> ",\n  " + list.fragment(variable).replace("\n", "\n  ")).reduce("", String::concat)
					+ "}";
		}

		/** The parent of a row returned as {@link #row()}; its children are kept for {@link #prime}. */
		public <P> P read(Value row, Function<Node, P> parentOf) {
			if (lists.isEmpty()) {
				return parentOf.apply(row.asNode());
			}
			P parent = parentOf.apply(row.get("node").asNode());
			synchronized (primes) {
				readChildren(parent, row, lists);
			}
			return parent;
		}

		private void readChildren(Object parent, Value row, List<SelectedList> selected) {
			for (SelectedList each : selected) {
				ChildList<Object, Object> list = each.list();
				List<Object> children = new ArrayList<>();
				for (Value childRow : row.get(list.field()).values()) {
					Object child = list.mapper().apply(parent, childRow);
					children.add(child);
					if (!each.nested().isEmpty()) {
						readChildren(list.nesting().key().apply(child), childRow, each.nested());
					}
				}
				primes.add(new Prime(list.loaderName(), parent,
						list.single() ? (children.isEmpty() ? null : children.get(0)) : children));
			}
		}

		/** Hands the children read so far to the fields' data loaders, so that they load nothing for these parents. */
		public void prime(DataFetchingEnvironment environment) {
			DataLoaderRegistry registry = environment.getDataLoaderRegistry();
			synchronized (primes) {
				for (Prime prime : primes) {
					DataLoader<Object, Object> loader = registry.getDataLoader(prime.loader());
					if (loader != null) {
						loader.prime(prime.key(), prime.value());
					}
				}
				primes.clear();
			}
		}
	}

	private record Prime(String loader, Object key, Object value) {
	}
}
