package jp.tsunagu.security;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

class ExecutionTimeoutInterceptorTests {

	private final ExecutionTimeoutInterceptor interceptor = new ExecutionTimeoutInterceptor(
			new RequestLimits(12, 25000, 50, Map.of(), DataSize.ofKilobytes(64), Duration.ofMillis(200), 600));

	private final WebGraphQlRequest request = new WebGraphQlRequest(URI.create("http://localhost/graphql"),
			new HttpHeaders(), new LinkedMultiValueMap<>(), null, Map.of(), Map.of("query", "{ organizations { totalCount } }"),
			"1", null);

	@Test
	void answersASlowRequestWithAnErrorAndCancelsIt() {
		AtomicBoolean cancelled = new AtomicBoolean();
		WebGraphQlResponse response = interceptor
			.intercept(request, next -> Mono.<WebGraphQlResponse>never().doOnCancel(() -> cancelled.set(true)))
			.block(Duration.ofSeconds(5));

		assertThat(response.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getMessage()).startsWith("The request took longer than 200ms, the most the hub allows");
			assertThat(error.getErrorType()).isEqualTo(RequestLimitsError.TIMED_OUT);
			assertThat(error.getExtensions()).containsEntry("limit", "200ms");
		});
		assertThat(cancelled).isTrue();
	}

	@Test
	void passesAQuickResponseOn() {
		WebGraphQlResponse quick = RequestLimitsError.TIMED_OUT.response(request, "not a timeout", Map.of());
		assertThat(interceptor.intercept(request, next -> Mono.just(quick)).block(Duration.ofSeconds(5)))
			.isSameAs(quick);
	}
}
