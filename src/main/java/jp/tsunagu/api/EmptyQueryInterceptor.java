package jp.tsunagu.api;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** A request without a query is answered with an error that says so, rather than the parser's complaint about EOF. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class EmptyQueryInterceptor implements WebGraphQlInterceptor {

	private static final Bilingual MESSAGE = new Bilingual("クエリがありません。{\"query\": \"{ … }\"} を送ってください",
			"The request has no query: send {\"query\": \"{ … }\"}");

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (request.getDocument() != null && !request.getDocument().isBlank()) {
			return chain.next(request);
		}
		ExecutionResult result = ExecutionResult.newExecutionResult()
			.addError(GraphqlErrorBuilder.newError()
				.errorType(ErrorType.BAD_REQUEST)
				.message(MESSAGE.in(Language.from(request.getHeaders())))
				.build())
			.build();
		return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
	}
}
