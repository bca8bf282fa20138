package jp.tsunagu.gaps;

import java.time.Duration;

import jp.tsunagu.security.Caller;
import jp.tsunagu.support.HubIntegrationTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Testers with a generous timeout: on a busy build machine a first request also waits for its Cypher to be planned. */
abstract class GapsTestSupport extends HubIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	HttpGraphQlTester patient(HttpGraphQlTester tester) {
		return tester.mutate()
			.webTestClient(client -> client.responseTimeout(PATIENCE))
			.responseTimeout(PATIENCE)
			.build();
	}

	HttpGraphQlTester patientAs(Caller caller) {
		return patient(as(caller));
	}

	HttpGraphQlTester patientAnonymous() {
		return patient(anonymous);
	}
}
