package jp.tsunagu.api;

import graphql.GraphQLContext;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** A user error's message in the caller's language, where it is written in both. */
@Controller
class UserErrorController {

	@SchemaMapping(typeName = "UserError", field = "message")
	String message(UserError error, GraphQLContext context) {
		return error.message(Language.of(context));
	}
}
