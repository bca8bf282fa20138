package jp.tsunagu.security;

import java.util.Map;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/** Counts an operation's top-level fields as the hub runs them: each alias once, fragments expanded. */
final class RootFields {

	private RootFields() {
	}

	static int count(SelectionSet selections, Map<String, FragmentDefinition> fragments) {
		return count(selections, fragments, 0);
	}

	private static int count(SelectionSet selections, Map<String, FragmentDefinition> fragments, int nesting) {
		// validation has refused fragment cycles already; the bound only keeps a bug from looping
		if (selections == null || nesting > fragments.size()) {
			return 0;
		}
		int count = 0;
		for (Selection<?> selection : selections.getSelections()) {
			if (selection instanceof Field) {
				count++;
			}
			else if (selection instanceof InlineFragment inline) {
				count += count(inline.getSelectionSet(), fragments, nesting + 1);
			}
			else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
				count += count(fragments.get(spread.getName()).getSelectionSet(), fragments, nesting + 1);
			}
		}
		return count;
	}
}
