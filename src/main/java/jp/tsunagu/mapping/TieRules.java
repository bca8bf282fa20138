package jp.tsunagu.mapping;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.graph.CypherTemplate;

/**
 * Which ties paths, neighbourhoods and maps may follow, and which nodes they may pass: the one place that keeps
 * households and the records around them off every map.
 */
public final class TieRules {

	/**
	 * Ties of the directory: who belongs to, works for, runs or collaborates with whom. Followed by default; ties to
	 * areas (LOCATED_IN, SERVES …) only when asked, since through them every organisation of a town is two ties from
	 * any other.
	 */
	static final Set<TieKind> DIRECTORY = EnumSet.of(TieKind.MEMBER_OF, TieKind.COLLABORATES_WITH, TieKind.OPERATES,
			TieKind.WORKS_FOR, TieKind.BELONGS_TO, TieKind.RUNS, TieKind.SUBCOMMITTEE_OF);

	/** Ties to households: never on a map or a path, whoever asks. */
	static final Set<TieKind> HOUSEHOLD = EnumSet.of(TieKind.SUPPORTS, TieKind.LIVES_IN, TieKind.RECORD_HELD_BY);

	/**
	 * Every relationship type a statement may expand, for the pattern itself (types cannot be parameters); the
	 * caller's choice among them is the parameter {@code $kinds}. Built from the hub's own enum, never from input.
	 */
	static final String TYPES = EnumSet.complementOf(EnumSet.copyOf(HOUSEHOLD))
		.stream()
		.map(TieKind::relationshipType)
		.collect(Collectors.joining("|"));

	/** Whether node {@code n} may be on a map or a path: a directory or area node, live, and nothing private. */
	public static String passable(String n) {
		return CypherTemplate.compose(
				"({{n}}:Organization|Person|Network|Activity|Service|Area AND NOT {{n}}:Household|Consent|Loan|Referral|Account|AuditEvent AND NOT coalesce({{n}}.archived, false))",
				Map.of("n", n));
	}

	private TieRules() {
	}

	/**
	 * The relationship types to follow: the caller's kinds, or the directory ties (with {@code PROVIDES} when a
	 * service is involved) when none are given.
	 */
	static List<String> kinds(List<TieKind> asked, boolean servicesInvolved) {
		if (asked == null) {
			Set<TieKind> kinds = EnumSet.copyOf(DIRECTORY);
			if (servicesInvolved) {
				kinds.add(TieKind.PROVIDES);
			}
			return names(kinds);
		}
		if (asked.isEmpty()) {
			throw new InvalidArgumentException("kinds", "name at least one kind of tie, or leave it out for the directory ties");
		}
		List<TieKind> refused = asked.stream().filter(HOUSEHOLD::contains).distinct().toList();
		if (!refused.isEmpty()) {
			throw new InvalidArgumentException("kinds",
					"ties to households (" + refused.stream().map(TieKind::name).collect(Collectors.joining(", "))
							+ ") are never on a map or a path");
		}
		return names(EnumSet.copyOf(asked));
	}

	private static List<String> names(Set<TieKind> kinds) {
		return kinds.stream().map(TieKind::relationshipType).toList();
	}
}
