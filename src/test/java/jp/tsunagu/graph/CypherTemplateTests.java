package jp.tsunagu.graph;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CypherTemplateTests {

	@Test
	void replacesEachNamedFragmentWhereverItStands() {
		assertThat(CypherTemplate.compose("MATCH (a){{within}}(b {code: $code}) WHERE {{usable}} AND (b){{within}}(c)",
				Map.of("within", "-[:PART_OF*0..3]->", "usable", "NOT a.archived")))
			.isEqualTo("MATCH (a)-[:PART_OF*0..3]->(b {code: $code}) WHERE NOT a.archived AND (b)-[:PART_OF*0..3]->(c)");
	}

	@Test
	void keepsCypherBracesAndDollarSignsAsTheyAre() {
		assertThat(CypherTemplate.compose("RETURN {a: {b: $x}} AS m, (()-[]-()){1,{{max}}} AS q", Map.of("max", 3)))
			.isEqualTo("RETURN {a: {b: $x}} AS m, (()-[]-()){1,3} AS q");
	}

	@Test
	void refusesAPlaceholderWithoutAFragmentAndAFragmentWithoutAPlaceholder() {
		assertThatIllegalArgumentException().isThrownBy(() -> CypherTemplate.compose("MATCH (n) WHERE {{usable}}", Map.of()))
			.withMessageContaining("usable");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CypherTemplate.compose("MATCH (n)", Map.of("usable", "true")))
			.withMessageContaining("usable");
	}
}
