package jp.tsunagu.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	@Bean
	GraphQlSourceBuilderCustomizer parsedDocuments() {
		ParsedDocuments documents = new ParsedDocuments();
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(documents));
	}

	@Bean
	RuntimeWiringConfigurer scalars() {
		return wiring -> wiring.scalar(dateScalar()).scalar(dateTimeScalar());
	}

	static GraphQLScalarType dateScalar() {
		return GraphQLScalarType.newScalar().name("Date").coercing(new Coercing<LocalDate, String>() {
			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (value instanceof LocalDate date) {
					return date.toString();
				}
				throw new CoercingSerializeException("Not a date: " + value);
			}

			@Override
			public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
				return parseDate(String.valueOf(input), CoercingParseValueException::new);
			}

			@Override
			public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				if (input instanceof StringValue text) {
					return parseDate(text.getValue(), CoercingParseLiteralException::new);
				}
				throw new CoercingParseLiteralException("A Date is a string like \"2024-04-01\"");
			}
		}).build();
	}

	static GraphQLScalarType dateTimeScalar() {
		return GraphQLScalarType.newScalar().name("DateTime").coercing(new Coercing<OffsetDateTime, String>() {
			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (value instanceof ZonedDateTime zoned) {
					return zoned.toOffsetDateTime().toString();
				}
				if (value instanceof OffsetDateTime offset) {
					return offset.toString();
				}
				throw new CoercingSerializeException("Not a date-time: " + value);
			}

			@Override
			public OffsetDateTime parseValue(Object input, GraphQLContext context, Locale locale) {
				return parseDateTime(String.valueOf(input), CoercingParseValueException::new);
			}

			@Override
			public OffsetDateTime parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				if (input instanceof StringValue text) {
					return parseDateTime(text.getValue(), CoercingParseLiteralException::new);
				}
				throw new CoercingParseLiteralException("A DateTime is a string like \"2024-04-01T09:00:00+09:00\"");
			}
		}).build();
	}

	private static <E extends RuntimeException> LocalDate parseDate(String text,
			java.util.function.Function<String, E> error) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw error.apply("\"" + text + "\" is not a date like 2024-04-01");
		}
	}

	private static <E extends RuntimeException> OffsetDateTime parseDateTime(String text,
			java.util.function.Function<String, E> error) {
		try {
			return OffsetDateTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw error.apply("\"" + text + "\" is not a date-time like 2024-04-01T09:00:00+09:00");
		}
	}
}
