package jp.tsunagu.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jp.tsunagu.api.InvalidArgumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CypherGuardTests {

	/** Commands and clauses no analyst's query may hold, written with ASCII spaces where a space goes. */
	private static final List<String> REFUSED = List.of("SHOW USERS", "SHOW SETTINGS", "SHOW DATABASES",
			"SHOW TRANSACTIONS", "SHOW CURRENT USER", "SHOW PROCEDURES", "SHOW FUNCTIONS", "SHOW INDEXES",
			"SHOW CONSTRAINTS", "SHOW ROLES", "SHOW PRIVILEGES", "TERMINATE TRANSACTIONS $ids",
			"TERMINATE TRANSACTION 'neo4j-transaction-1'", "SHOW TRANSACTIONS YIELD transactionId AS t TERMINATE TRANSACTIONS t",
			"USE system SHOW USERS", "USE neo4j MATCH (n) RETURN n", "CREATE USER x SET PASSWORD 'abcdefgh'",
			"ALTER USER neo4j SET PASSWORD 'abcdefgh'", "DROP USER neo4j", "CREATE INDEX i FOR (n:A) ON (n.b)",
			"DROP CONSTRAINT c", "START DATABASE neo4j", "STOP DATABASE neo4j", "CREATE DATABASE x",
			"CALL dbms.listConfig()", "CALL dbms.killTransaction('x')", "CALL db.stats.retrieve('GRAPH COUNTS')",
			"CALL db.info()", "CALL apoc.help('x')", "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
			"MATCH (n) CALL (n) { SHOW TRANSACTIONS } RETURN n", "RETURN dbms.info() AS x",
			"MATCH (n) RETURN n UNION SHOW TRANSACTIONS", "MATCH (n) RETURN n; SHOW USERS");

	/** Every space and format character Unicode has, and the control characters that separate words. */
	private static final List<Integer> SPACES = spaces();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			load csv with headers from 'https://x' as row return row | LOAD CSV
			CALL `dbms`.`listConfig`()                                    | procedure dbms.listconfig
			CALL db.stats.retrieve('GRAPH COUNTS')                        | procedure db.stats.retrieve
			USE system SHOW USERS                                         | USE
			TERMINATE TRANSACTIONS 'neo4j-transaction-1'                  | administration commands (TERMINATE
			SHOW\u3000USERS                                               | administration commands (SHOW
			MATCH (n RETURN n                                             | Invalid input
			'   '                                                         | must not be empty
			/* nothing */                                                 | must not be empty""")
	void refuses(String query, String reason) {
		assertThatThrownBy(() -> CypherGuard.check(query)).isInstanceOf(InvalidArgumentException.class)
			.hasMessageStartingWith("query: ")
			.hasMessageContaining(reason);
	}

	@ParameterizedTest
	@ValueSource(strings = { "MATCH (h:Household)-[:LIVES_IN]->(a:Area) RETURN a.code, count(h) AS households",
			"CALL db.labels() YIELD label RETURN label", "MATCH (h:Household) CALL (h) { RETURN h.flags AS f } RETURN f",
			"MATCH (o:Organization) WHERE o.name = 'Show Users' RETURN o.name, elementId(o), id(o)",
			"RETURN randomUUID()", "MATCH (n:Show) RETURN n.terminate AS use" })
	void allows(String query) {
		assertThatCode(() -> CypherGuard.check(query)).doesNotThrowAnyException();
	}

	/**
	 * Each refused statement, with every one of its spaces replaced by a random mix of Unicode space and format
	 * characters (one to three), is still refused: whatever the spacing, the parser reads the same command.
	 */
	@Test
	void everyUnicodeSpaceAndFormatCharacterStillGetsRefused() {
		Random random = new Random(20261206L);
		for (int codePoint : SPACES) {
			for (String statement : REFUSED) {
				String spaced = respace(statement, random, codePoint);
				assertThatThrownBy(() -> CypherGuard.check(spaced)).as("U+%04X in %s", codePoint, statement)
					.isInstanceOf(InvalidArgumentException.class);
			}
		}
		assertThat(SPACES).contains(0x3000, 0x00A0, 0x2028, 0x2029, 0x200B, 0xFEFF, 0x180E, 0x0085, 0x000B);
	}

	/** The same characters between the words of an allowed query leave it allowed and run as ASCII spaces. */
	@Test
	void everyUnicodeSpaceAndFormatCharacterIsASpace() {
		Random random = new Random(7L);
		String query = "MATCH (o:Organization)-[:LOCATED_IN]->(a:Area) WHERE o.name = 'a\u3000b' RETURN a.code, count(o)";
		for (int codePoint : SPACES) {
			String spaced = respace(query, random, codePoint);
			assertThat(CypherGuard.check(spaced).replaceAll("[ \\t\\n\\r]+", " ")).as("U+%04X", codePoint).isEqualTo(query);
		}
	}

	/** Every ASCII space becomes the chosen character, sometimes with a random other space or a comment beside it. */
	private static String respace(String statement, Random random, int codePoint) {
		StringBuilder text = new StringBuilder();
		boolean quoted = false;
		for (char c : statement.toCharArray()) {
			if (c == '\'') {
				quoted = !quoted;
			}
			if (c == ' ' && !quoted) {
				text.appendCodePoint(codePoint);
				if (random.nextInt(3) == 0) {
					text.appendCodePoint(SPACES.get(random.nextInt(SPACES.size())));
				}
			}
			else {
				text.append(c);
			}
		}
		return text.toString();
	}

	private static List<Integer> spaces() {
		List<Integer> spaces = new ArrayList<>();
		for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
			int type = Character.getType(codePoint);
			if (type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
					|| type == Character.PARAGRAPH_SEPARATOR || type == Character.FORMAT
					|| (type == Character.CONTROL && (Character.isWhitespace(codePoint) || codePoint == 0x85))) {
				spaces.add(codePoint);
			}
		}
		return spaces;
	}
}
