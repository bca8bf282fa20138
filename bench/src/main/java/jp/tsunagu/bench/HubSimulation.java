package jp.tsunagu.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Choice;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.Simulation;

/**
 * The hub under load: {@code bench.users} clients (closed model: constant concurrent users), each sending the
 * scenario's prepared requests one after another over its own keep-alive connection for {@code bench.seconds}, as the
 * bench coordinators. The mix draws each request's scenario by weight. A request counts as failed unless it gets HTTP
 * 200 without a GraphQL error or a payload error (an error {@code "message"} anywhere in the answer).
 */
public class HubSimulation extends Simulation {

	/**
	 * The message of an error, GraphQL's or a payload's: the only {@code "message"} the benchmark's selections can
	 * meet, so a failed request shows what went wrong in Gatling's error list.
	 */
	private static final String ERROR_MESSAGE = "\"message\":\"((?:[^\"\\\\]|\\\\.)*)\"";

	{
		Settings settings = Settings.fromSystemProperties();
		Scenario scenario = Scenario.valueOf(System.getProperty("bench.scenario"));
		Duration duration = Duration.ofSeconds(Long.getLong("bench.seconds"));
		Map<String, String> tokens = BenchAccounts.in(settings.work()).signInAll(new HubClient(settings.hubUrl()));

		List<Scenario> parts = scenario.parts();
		ChainBuilder requests = parts.size() == 1 ? request(settings, parts.get(0), tokens)
				: randomSwitch().on(parts.stream()
					.map(part -> percent(part.mixWeight()).then(request(settings, part, tokens)))
					.toArray(Choice.WithWeight[]::new));

		setUp(scenario(scenario.label()).during(duration).on(requests)
			.injectClosed(constantConcurrentUsers(settings.users()).during(duration)))
			.protocols(http.baseUrl(settings.hubUrl())
				.contentTypeHeader("application/json")
				.acceptHeader("application/json"));
	}

	private static ChainBuilder request(Settings settings, Scenario part, Map<String, String> tokens) {
		List<Map<String, Object>> records = PreparedRequest.load(settings.requests(), part)
			.stream()
			.map(request -> Map.<String, Object>of("token", tokens.get(request.account()), "body", request.body()))
			.toList();
		return CoreDsl.feed(listFeeder(records).circular())
			.exec(http(part.label()).post("/graphql")
				.header("authorization", "Bearer #{token}")
				.body(StringBody("#{body}"))
				.check(status().is(200), regex(ERROR_MESSAGE).notExists()));
	}
}
