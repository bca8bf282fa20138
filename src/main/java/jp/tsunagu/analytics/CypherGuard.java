package jp.tsunagu.analytics;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.tsunagu.api.InvalidArgumentException;

/**
 * What an analyst's query may not do, checked on its text before it runs. The database enforces read-only itself
 * (the session's access mode); these rules keep out what a read can still reach: files, accounts and the audit log,
 * administration and plug-in procedures, and internal ids, which are the same for every analyst and so would link
 * their pseudonyms. A check on text is coarse by nature: it refuses a mention even inside a string or comment.
 */
final class CypherGuard {

	static final String ARGUMENT = "query";

	private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");

	private static final Pattern LOAD_CSV = Pattern.compile("(?i)\\bLOAD\\s+CSV\\b");

	private static final List<String> HIDDEN_NAMES = List.of("Account", "AuditEvent", "passwordHash");

	private static final Pattern NOT_ANALYSTS_DATA = Pattern.compile(
			"(?i)\\b(" + String.join("|", HIDDEN_NAMES) + ")\\b");

	private static final Pattern INTERNAL_IDS = Pattern.compile("(?i)\\b(elementId|id)\\s*\\(");

	private static final Pattern ADMINISTRATION = Pattern.compile("(?i)\\b(dbms|apoc)\\s*\\.");

	private static final Pattern COMMAND = Pattern.compile("(?i)(^|[\\s;])(SHOW|TERMINATE|USE)\\s+\\w");

	private static final Pattern PROCEDURE_CALL = Pattern.compile("(?i)\\bCALL\\s+([A-Za-z_][\\w.]*)");

	/** Schema and full-text look-ups; graph algorithms ({@code gds.}) can join once the library is installed. */
	private static final Set<String> PROCEDURES = Set.of("db.labels", "db.relationshipTypes", "db.propertyKeys",
			"db.schema.visualization", "db.schema.nodeTypeProperties", "db.schema.relTypeProperties",
			"db.index.fulltext.queryNodes");

	private CypherGuard() {
	}

	static void check(String query) {
		if (query == null || query.isBlank()) {
			throw refused("must not be empty");
		}
		// Comments count as whitespace in Cypher (LOAD/**/CSV) and backticks quote identifiers (`Acc`): either would
		// hide a name from the patterns.
		String text = COMMENT.matcher(query).replaceAll(" ").replace("`", "");
		if (LOAD_CSV.matcher(text).find()) {
			throw refused("LOAD CSV is not available to analysts");
		}
		Matcher hidden = NOT_ANALYSTS_DATA.matcher(text);
		if (hidden.find()) {
			String name = HIDDEN_NAMES.stream().filter(hidden.group(1)::equalsIgnoreCase).findFirst().orElseThrow();
			throw refused("mentions " + name + "; accounts and the audit log are not analysts' data");
		}
		if (INTERNAL_IDS.matcher(text).find()) {
			throw refused("internal ids (id(), elementId()) are not available; return nodes or their properties");
		}
		Matcher administration = ADMINISTRATION.matcher(text);
		if (administration.find()) {
			throw refused(administration.group(1) + ".* procedures and functions are not available to analysts");
		}
		Matcher command = COMMAND.matcher(text);
		if (command.find()) {
			throw refused(command.group(2).toUpperCase() + " commands are not available to analysts");
		}
		Matcher call = PROCEDURE_CALL.matcher(text);
		while (call.find()) {
			if (!PROCEDURES.contains(call.group(1))) {
				throw refused("procedure " + call.group(1) + " is not available; analysts may call "
						+ String.join(", ", PROCEDURES.stream().sorted().toList()));
			}
		}
	}

	static Set<String> procedures() {
		return PROCEDURES;
	}

	static List<String> hiddenNames() {
		return HIDDEN_NAMES;
	}

	static InvalidArgumentException refused(String reason) {
		return new InvalidArgumentException(ARGUMENT, reason);
	}
}
