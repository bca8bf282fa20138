package jp.tsunagu.graph;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CypherScriptTests {

	@Test
	void splitsOnSemicolonsAtLineEndsAndDropsComments() {
		String script = """
				// 小野市
				CREATE (a:X {name: 'a'})
				WITH a
				RETURN a;

				// next
				MATCH (n) RETURN n;
				RETURN 'no terminator'
				""";
		assertThat(CypherScript.statements(script)).containsExactly("CREATE (a:X {name: 'a'})\nWITH a\nRETURN a",
				"MATCH (n) RETURN n", "RETURN 'no terminator'");
	}

	@Test
	void keepsSemicolonsInsideALine() {
		assertThat(CypherScript.statements("RETURN 'a;b' AS x;")).containsExactly("RETURN 'a;b' AS x");
	}
}
