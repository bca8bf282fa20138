package jp.tsunagu.inbox;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jp.tsunagu.notification.EventKind;
import jp.tsunagu.notification.OutboxWrites;
import jp.tsunagu.notification.OutboxEvent;
import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events subscription with a real WebSocket client (graphql-transport-ws) against the hub on its port: an event
 * arrives, one the subscriber may no longer receive does not, a disabled account's subscription ends, a reconnecting
 * client resumes after its last event; and two pollers on one database (two replicas) both deliver.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"tsunagu.embedded.data-directory=target/neo4j-test/${random.uuid}", "tsunagu.embedded.bolt-port=0",
		"tsunagu.analyst-graph.embedded.data-directory=target/neo4j-test/analysts-${random.uuid}",
		"tsunagu.analyst-graph.embedded.bolt-port=0", "tsunagu.analyst-graph.embedded.page-cache=32m",
		"tsunagu.analyst-graph.rebuild-when-empty=false", "tsunagu.demo.load-when-empty=true",
		"tsunagu.security.secret-file=target/neo4j-test/hub-secret",
		"tsunagu.security.password-reset-file=target/neo4j-test/password-reset",
		"spring.test.webtestclient.timeout=PT30S", "tsunagu.notifications.check-delay=P3650D" })
class EventsSubscriptionIT extends HubIntegrationTest {

	private static final String COUNCIL = "松江市社会福祉協議会";

	private static final String PARTNER = "松江市生活困窮者自立相談支援センター";

	private static final String EVENTS = """
			subscription($after: ID) { events(after: $after) { id kind householdId organizationIds payload } }""";

	/** What a subscriber received: an event, or the error that ended its subscription. */
	private record Received(Map<String, Object> event, Throwable error) {
	}

	@LocalServerPort
	int port;

	@Autowired
	OutboxWrites outbox;

	@Autowired
	TransactionalOperator transaction;

	@Autowired
	InboxQueries queries;

	@Autowired
	NotificationProperties properties;

	@Autowired
	EventStream stream;

	/** This hub's own poller. */
	@Autowired
	OutboxPoller poller;

	private final List<WebSocketGraphQlClient> clients = new java.util.ArrayList<>();

	private final List<Disposable> subscriptions = new java.util.ArrayList<>();

	@AfterEach
	void disconnect() {
		subscriptions.forEach(Disposable::dispose);
		clients.forEach(client -> client.stop().block(Duration.ofSeconds(5)));
	}

	private WebSocketGraphQlClient connect(Caller caller) {
		String token = token(caller);
		WebSocketGraphQlClient client = WebSocketGraphQlClient
			.builder(URI.create("ws://localhost:" + port + "/graphql"), new ReactorNettyWebSocketClient())
			.interceptor(new WebSocketGraphQlClientInterceptor() {
				@Override
				public Mono<Object> connectionInitPayload() {
					return Mono.just(Map.of("Authorization", "Bearer " + token));
				}
			})
			.build();
		clients.add(client);
		return client;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private BlockingQueue<Received> subscribe(WebSocketGraphQlClient client, String after) {
		BlockingQueue<Received> received = new LinkedBlockingQueue<>();
		subscriptions.add(client.document(EVENTS)
			.variable("after", after)
			.retrieveSubscription("events")
			.toEntity(Map.class)
			.subscribe(event -> received.add(new Received((Map<String, Object>) (Map) event, null)),
					error -> received.add(new Received(null, error))));
		return received;
	}

	private static Received next(BlockingQueue<Received> received) throws InterruptedException {
		Received next = received.poll(20, TimeUnit.SECONDS);
		assertThat(next).as("an event or an error within 20 s").isNotNull();
		return next;
	}

	private String lastSequence() {
		return String.valueOf(queries.lastSequence().block());
	}

	private void append(EventKind kind, String organizationId, String householdId, String marker) {
		transaction.transactional(outbox.append(new OutboxEvent(kind, List.of(organizationId), List.of("322016"),
				householdId, Map.of("marker", marker)))).block();
	}

	private static String marker(Received received) {
		assertThat(received.error()).as("no error").isNull();
		return String.valueOf(received.event().get("payload"));
	}

	@Test
	void anEventArrivesAndStopsOnceTheSubscriberMayNoLongerReceiveIt() throws InterruptedException {
		String partnerId = idOfNamed("Organization", PARTNER);
		String householdId = (String) single("""
				MATCH (area:Area {code: '322016'}), (holder:Organization {name: $council}), (partner:Organization {id: $partnerId})
				CREATE (h:Household {id: randomUUID(), code: 'T-EVENTS-1', memberCount: 1, flags: [], protection: 'NONE',
				        archived: false, createdAt: datetime()})-[:LIVES_IN]->(area)
				CREATE (h)-[:RECORD_HELD_BY]->(holder)
				CREATE (partner)-[:SUPPORTS {since: date('2025-01-01')}]->(h)
				CREATE (h)-[:GAVE_CONSENT]->(:Consent {id: randomUUID(), scope: 'INFORMATION_SHARING', givenOn: date(),
				        createdAt: datetime()})-[:TO]->(partner)
				RETURN h.id""", "council", COUNCIL, "partnerId", partnerId);
		Caller partner = caller(Role.MEMBER_STAFF, PARTNER, null);
		BlockingQueue<Received> received = subscribe(connect(partner), lastSequence());

		append(EventKind.HOUSEHOLD_FADING, partnerId, householdId, "visible");
		Received first = next(received);
		assertThat(marker(first)).contains("visible");
		assertThat(first.event()).containsEntry("kind", "HOUSEHOLD_FADING").containsEntry("householdId", householdId);
		assertThat(count("MATCH (e:AuditEvent {operation: 'events', actor: $actor, householdId: $id}) RETURN count(e)",
				"actor", partner.username(), "id", householdId)).isEqualTo(1);
		as(partner).document("{ inbox(first: 5) { edges { node { id kind householdId } } } }")
			.execute()
			.path("inbox.edges[0].node.id")
			.entity(String.class)
			.isEqualTo((String) first.event().get("id"));

		write("MATCH (:Household {id: $id})-[:GAVE_CONSENT]->(c:Consent) SET c.withdrawnAt = datetime()", "id",
				householdId);
		append(EventKind.HOUSEHOLD_FADING, partnerId, householdId, "withdrawn");
		append(EventKind.REFERRAL_CHANGED, partnerId, null, "after-withdrawal");
		assertThat(marker(next(received))).as("the household's event is not sent once its consent is withdrawn")
			.contains("after-withdrawal");

		// disabled outside the hub's account API: within the caller cache's time to live (5 s)
		write("MATCH (a:Account {username: $username}) SET a.enabled = false", "username", partner.username());
		Thread.sleep(5_500);
		append(EventKind.REFERRAL_CHANGED, partnerId, null, "disabled");
		Received ended = next(received);
		assertThat(ended.event()).as("nothing is sent to a disabled account").isNull();
		assertThat(ended.error()).isNotNull();
		assertThat(received.poll(1, TimeUnit.SECONDS)).isNull();
	}

	@Test
	void anAccountDisabledThroughTheHubStopsReceivingAtOnceWhileTheOthersGoOn() throws InterruptedException {
		String partnerId = idOfNamed("Organization", PARTNER);
		Caller first = new Caller("test.events.first", Role.MEMBER_STAFF, partnerId, null);
		Caller second = new Caller("test.events.second", Role.MEMBER_STAFF, partnerId, null);
		Caller third = new Caller("test.events.third", Role.MEMBER_STAFF, partnerId, null);
		String from = lastSequence();
		BlockingQueue<Received> toFirst = subscribe(connect(first), from);
		BlockingQueue<Received> toSecond = subscribe(connect(second), from);
		BlockingQueue<Received> toThird = subscribe(connect(third), from);
		append(EventKind.REFERRAL_CHANGED, partnerId, null, "all");
		for (BlockingQueue<Received> received : List.of(toFirst, toSecond, toThird)) {
			assertThat(marker(next(received))).contains("all");
		}

		// the account was read for the event just sent, so only forgetting it on the change ends the subscription
		graphQl.document("""
				mutation($username: String!) {
				  setAccountEnabled(input: {username: $username, enabled: false}) { errors { field message } }
				}""").variable("username", second.username()).execute()
			.path("setAccountEnabled.errors").entityList(Object.class).hasSize(0);
		append(EventKind.REFERRAL_CHANGED, partnerId, null, "after-disable");
		Received ended = next(toSecond);
		assertThat(ended.event()).as("nothing is sent to the disabled account").isNull();
		assertThat(ended.error()).isNotNull();
		assertThat(marker(next(toFirst))).contains("after-disable");
		assertThat(marker(next(toThird))).contains("after-disable");
		assertThat(toSecond.poll(1, TimeUnit.SECONDS)).isNull();
	}

	@Test
	void aReconnectingClientResumesAfterItsLastEvent() throws InterruptedException {
		String councilId = idOfNamed("Organization", COUNCIL);
		Caller coordinator = caller(Role.COORDINATOR, COUNCIL, null);
		WebSocketGraphQlClient client = connect(coordinator);
		BlockingQueue<Received> received = subscribe(client, lastSequence());
		append(EventKind.REFERRAL_CHANGED, councilId, null, "resume-1");
		Received first = next(received);
		assertThat(marker(first)).contains("resume-1");
		String lastSeen = (String) first.event().get("id");
		client.stop().block(Duration.ofSeconds(5));

		append(EventKind.REFERRAL_CHANGED, councilId, null, "resume-2");
		append(EventKind.REFERRAL_CHANGED, idOfNamed("Organization", PARTNER), null, "not-for-the-council");
		append(EventKind.REFERRAL_CHANGED, councilId, null, "resume-3");

		BlockingQueue<Received> resumed = subscribe(connect(coordinator), lastSeen);
		assertThat(marker(next(resumed))).contains("resume-2");
		assertThat(marker(next(resumed))).contains("resume-3");
		assertThat(resumed.poll(1, TimeUnit.SECONDS)).isNull();
	}

	@Test
	void aSubscriptionWithoutAValidTokenIsRefused() throws InterruptedException {
		WebSocketGraphQlClient client = WebSocketGraphQlClient
			.builder(URI.create("ws://localhost:" + port + "/graphql"), new ReactorNettyWebSocketClient())
			.interceptor(new WebSocketGraphQlClientInterceptor() {
				@Override
				public Mono<Object> connectionInitPayload() {
					return Mono.just(Map.of("Authorization", "Bearer not-a-token"));
				}
			})
			.build();
		clients.add(client);
		Received refused = next(subscribe(client, null));
		assertThat(refused.event()).isNull();
		assertThat(refused.error()).isNotNull();
	}

	@Test
	void twoPollersOnOneDatabaseBothDeliver() throws InterruptedException {
		OutboxPoller secondReplica = new OutboxPoller(queries, properties);
		secondReplica.poll().block();
		secondReplica.start();
		try {
			BlockingQueue<String> first = new LinkedBlockingQueue<>();
			BlockingQueue<String> second = new LinkedBlockingQueue<>();
			subscriptions.add(stream.events(poller, null).subscribe(event -> first.add(event.payload())));
			subscriptions.add(stream.events(secondReplica, null).subscribe(event -> second.add(event.payload())));

			append(EventKind.NETWORK_CHANGED, idOfNamed("Organization", COUNCIL), null, "both-replicas");

			assertThat(first.poll(20, TimeUnit.SECONDS)).contains("both-replicas");
			assertThat(second.poll(20, TimeUnit.SECONDS)).contains("both-replicas");
		}
		finally {
			secondReplica.stop();
		}
	}
}
