package jp.tsunagu.analytics;

import jp.tsunagu.api.InvalidArgumentException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CypherGuardTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			load csv with headers from 'https://x' as row return row | LOAD CSV
			MATCH (a:`Acc``ount`) RETURN a                                | mentions Account
			MATCH (a:`Account`) RETURN a                                  | mentions Account
			MATCH (n) WHERE 'auditevent' IN labels(n) RETURN n            | mentions AuditEvent
			MATCH (n) RETURN n.passwordhash                               | mentions passwordHash
			MATCH (n) RETURN id (n)                                       | internal ids
			RETURN apoc.text.join(['a'], '')                              | apoc.*
			CALL `dbms`.`listConfig`()                                    | dbms.*
			CALL db.stats.retrieve('GRAPH COUNTS')                        | procedure db.stats.retrieve
			USE system SHOW USERS                                         | USE commands
			TERMINATE TRANSACTIONS 'neo4j-transaction-1'                  | TERMINATE commands
			'   '                                                         | must not be empty""")
	void refuses(String query, String reason) {
		assertThatThrownBy(() -> CypherGuard.check(query)).isInstanceOf(InvalidArgumentException.class)
			.hasMessageStartingWith("query: ")
			.hasMessageContaining(reason);
	}

	@ParameterizedTest
	@ValueSource(strings = { "MATCH (h:Household)-[:LIVES_IN]->(a:Area) RETURN a.code, count(h) AS households",
			"CALL db.labels() YIELD label RETURN label", "MATCH (h:Household) CALL (h) { RETURN h.flags AS f } RETURN f",
			"MATCH (o:Organization) WHERE o.accountingYear IS NULL RETURN o.name, o.id", "RETURN randomUUID()" })
	void allows(String query) {
		assertThatCode(() -> CypherGuard.check(query)).doesNotThrowAnyException();
	}
}
