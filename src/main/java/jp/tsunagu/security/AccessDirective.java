package jp.tsunagu.security;

import java.util.Collection;
import java.util.List;

import graphql.schema.DataFetcher;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaDirectiveWiring;
import graphql.schema.idl.SchemaDirectiveWiringEnvironment;
import jp.tsunagu.api.NotAllowedException;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * {@code @requires(roles: [...])} on a field of the schema: the field answers only a signed-in caller and, when roles
 * are given, only a caller with one of them. The check runs before the field's data fetcher, so a denied field reads
 * nothing. Which households a permitted caller sees is then decided in Cypher by the household scope.
 */
@Component
class AccessDirective implements RuntimeWiringConfigurer {

	static final String NAME = "requires";

	@Override
	public void configure(RuntimeWiring.Builder builder) {
		builder.directive(NAME, new Guard());
	}

	private static final class Guard implements SchemaDirectiveWiring {

		@Override
		public GraphQLFieldDefinition onField(SchemaDirectiveWiringEnvironment<GraphQLFieldDefinition> environment) {
			GraphQLAppliedDirective directive = environment.getAppliedDirective(NAME);
			Object value = directive.getArgument("roles").getValue();
			List<String> roles = value instanceof Collection<?> list ? list.stream().map(String::valueOf).toList()
					: List.of();
			GraphQLFieldsContainer parent = environment.getFieldsContainer();
			String field = parent.getName() + "." + environment.getElement().getName();
			DataFetcher<?> original = environment.getFieldDataFetcher();
			environment.setFieldDataFetcher(fetching -> {
				Caller caller = Caller.of(fetching.getGraphQlContext());
				if (caller.isAnonymous() || (!roles.isEmpty() && !roles.contains(caller.role().name()))) {
					throw new NotAllowedException(refusal(caller, roles, field), caller.isAnonymous());
				}
				return original.get(fetching);
			});
			return environment.getElement();
		}
	}

	private static String refusal(Caller caller, List<String> roles, String field) {
		String needed = roles.isEmpty() ? "a signed-in caller" : "role " + String.join(" or ", roles);
		return field + " requires " + needed + (caller.isAnonymous() ? "; sign in (POST /auth/token) and send the token"
				: "; you are signed in as " + caller.role());
	}
}
