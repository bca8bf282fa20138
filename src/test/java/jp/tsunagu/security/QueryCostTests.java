package jp.tsunagu.security;

import java.util.Map;

import graphql.execution.CoercedVariables;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryCostTests {

	private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
			type Query {
			  households(first: Int = 20, after: String): HouseholdConnection!
			  neighborhood(id: ID!, depth: Int = 1, limit: Int = 200): Neighborhood!
			  connectionPath(from: ID!, to: ID!, maxLength: Int = 6, first: Int = 5): [TiePath!]!
			  needs: [Need!]!
			}
			type HouseholdConnection { totalCount: Int! edges: [HouseholdEdge!]! pageInfo: PageInfo! }
			type HouseholdEdge { cursor: String! node: Household! }
			type Household { code: String! supporters(first: Int = 10): [Supporter!]! }
			type Supporter { name: String! }
			type PageInfo { hasNextPage: Boolean! endCursor: String }
			type Neighborhood { truncated: Boolean! nodes: [MapNode!]! }
			type MapNode { id: ID! name: String! }
			type TiePath { length: Int! nodes: [MapNode!]! }
			type Need { code: String! }
			"""), RuntimeWiring.MOCKED_WIRING);

	private final QueryCost cost = new QueryCost(Map.of("Query.neighborhood", 1, "Query.connectionPath", 20));

	@Test
	void aConnectionReadsItsRowsAndItsEdgesCountOncePerRow() {
		assertThat(cost("{ households(first: 100) { totalCount } }")).isEqualTo(1 + 100 + 1);
		assertThat(cost("{ households(first: 100) { __typename totalCount } }")).isEqualTo(1 + 100 + 1);
		assertThat(cost("{ households(first: 100) { totalCount edges { node { code } } pageInfo { hasNextPage } } }"))
			.isEqualTo(1 + 100 + 1 + 100 * (1 + 1 + 1) + 2);
		// the schema's default size when none is given
		assertThat(cost("{ households { totalCount } }")).isEqualTo(1 + 20 + 1);
	}

	@Test
	void sizesMultiplyDownTheTree() {
		assertThat(cost("{ households(first: 10) { edges { node { supporters(first: 5) { name } } } } }"))
			.isEqualTo(1 + 10 + 10 * (1 + 1 + 5 * (1 + 1)));
	}

	@Test
	void aliasesAddUp() {
		assertThat(cost("{ a: households(first: 100) { totalCount } b: households(first: 100) { totalCount } }"))
			.isEqualTo(2 * 102);
	}

	@Test
	void expensiveFieldsAddTheirWeightTimesSizeAndReach() {
		assertThat(cost("{ neighborhood(id: \"x\", depth: 3, limit: 1000) { truncated nodes { id } } }"))
			.isEqualTo(1 + 1000 + 1 + 1000 * 2 + 3 * 1000);
		// a sized list: its items once each, its nested lists not again by its size
		assertThat(cost("{ connectionPath(from: \"a\", to: \"b\", maxLength: 8, first: 2) { length nodes { id } } }"))
			.isEqualTo(2 * (1 + 1 + 1 * (1 + 1)) + 20 * 2 * 8);
	}

	@Test
	void anUnsizedListCountsItsSelectionOnce() {
		assertThat(cost("{ needs { code } }")).isEqualTo(1 + 1);
	}

	@Test
	void absurdSizesSaturateInsteadOfOverflowing() {
		assertThat(cost("{ households(first: 2000000000) { edges { node { supporters(first: 2000000000) { name } } } } }"))
			.isEqualTo(QueryCost.CEILING);
	}

	/** Summed in int, three costs near the ceiling would wrap around to a small number and pass any limit. */
	@Test
	void manyHugeAliasesStayAtTheCeiling() {
		String huge = "households(first: 1000000) { edges { node { supporters(first: 1000000) { name } } } }";
		assertThat(cost("{ a: " + huge + " b: " + huge + " c: " + huge + " d: needs { code } }"))
			.isEqualTo(QueryCost.CEILING);
	}

	private long cost(String document) {
		return cost.of(SCHEMA, Parser.parse(document), null, CoercedVariables.emptyVariables());
	}
}
