package jp.tsunagu.analytics;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.GraphQLScalarType;

/**
 * {@code JSON}: any JSON value, passed through as maps, lists, strings, numbers and booleans. Answers are built
 * from those types only, so serialising needs no conversion.
 */
final class JsonScalar {

	static final GraphQLScalarType TYPE = GraphQLScalarType.newScalar()
		.name("JSON")
		.description("Any JSON value: object, array, string, number, boolean or null.")
		.coercing(new Coercing<Object, Object>() {
			@Override
			public Object serialize(Object value, GraphQLContext context, Locale locale) {
				return value;
			}

			@Override
			public Object parseValue(Object input, GraphQLContext context, Locale locale) {
				return input;
			}

			@Override
			public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				return literal(input, variables);
			}
		})
		.build();

	private JsonScalar() {
	}

	private static Object literal(Value<?> input, CoercedVariables variables) {
		if (input instanceof NullValue) {
			return null;
		}
		if (input instanceof StringValue text) {
			return text.getValue();
		}
		if (input instanceof BooleanValue bool) {
			return bool.isValue();
		}
		if (input instanceof IntValue number) {
			try {
				return number.getValue().longValueExact();
			}
			catch (ArithmeticException ex) {
				throw new CoercingParseLiteralException("Integer out of range: " + number.getValue());
			}
		}
		if (input instanceof FloatValue number) {
			return number.getValue().doubleValue();
		}
		if (input instanceof ArrayValue array) {
			return array.getValues().stream().map(value -> literal(value, variables)).toList();
		}
		if (input instanceof ObjectValue object) {
			Map<String, Object> map = new LinkedHashMap<>();
			object.getObjectFields().forEach(field -> map.put(field.getName(), literal(field.getValue(), variables)));
			return map;
		}
		if (input instanceof VariableReference reference) {
			return variables.get(reference.getName());
		}
		throw new CoercingParseLiteralException("Not a JSON value: " + input);
	}
}
