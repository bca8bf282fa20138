import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Event latency from write to receipt with many subscribers on one hub: opens N WebSocket subscriptions
 * (graphql-transport-ws) as a coordinator of 小野市社会福祉協議会, then, one write at a time, adds or removes a member of
 * ほっとかへんネットおの as the administrator (each write appends NETWORK_CHANGED to the network's members, 小野市社協
 * among them) and times how long each subscriber takes to receive the event: from sending the mutation, and from its
 * answer (the write committed). JDK only:
 *
 *   java bench/notifications/EventLatency.java --hub=http://localhost:8080 --admin-password=… \
 *        --coordinator-password=… [--subscribers=100] [--writes=50]
 *
 * against a running hub with the demo network (the demo accounts' passwords are printed once in its log).
 */
public class EventLatency {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	public static void main(String[] args) throws Exception {
		String hub = option(args, "hub", "http://localhost:8080");
		int subscribers = Integer.parseInt(option(args, "subscribers", "100"));
		int writes = Integer.parseInt(option(args, "writes", "50"));
		String admin = token(hub, "demo.admin", option(args, "admin-password", null));
		String coordinator = token(hub, "ono.coordinator", option(args, "coordinator-password", null));

		String networkId = first(graphql(hub, admin, "{ networks(filter: {text: \"ほっとかへんネットおの\"}) { edges { node { id } } } }"), "id");
		String memberId = first(graphql(hub, admin,
				"{ organizations(filter: {text: \"ハローワーク三国\"}) { edges { node { id } } } }"), "id");

		List<Long> fromSend = Collections.synchronizedList(new ArrayList<>());
		List<Long> fromCommit = Collections.synchronizedList(new ArrayList<>());
		long[] committedAt = new long[writes];
		long[] sentAt = new long[writes];
		AtomicInteger current = new AtomicInteger(-1);
		CountDownLatch[] received = new CountDownLatch[writes];
		CountDownLatch subscribed = new CountDownLatch(subscribers);
		List<WebSocket> sockets = new ArrayList<>();
		String ws = hub.replaceFirst("^http", "ws") + "/graphql";
		for (int s = 0; s < subscribers; s++) {
			sockets.add(http.newWebSocketBuilder()
				.subprotocols("graphql-transport-ws")
				.buildAsync(URI.create(ws), new Subscriber(coordinator, subscribed, () -> {
					int write = current.get();
					if (write >= 0 && received[write] != null && received[write].getCount() > 0) {
						long now = System.nanoTime();
						fromSend.add(now - sentAt[write]);
						if (committedAt[write] > 0) {
							fromCommit.add(now - committedAt[write]);
						}
						received[write].countDown();
					}
				}))
				.get(30, TimeUnit.SECONDS));
		}
		subscribed.await(60, TimeUnit.SECONDS);
		int acknowledged = (int) (subscribers - subscribed.getCount());
		System.out.printf("%d of %d subscriptions acknowledged within 60 s%n", acknowledged, subscribers);
		for (int i = 0; i < writes; i++) {
			received[i] = new CountDownLatch(acknowledged);
		}
		Thread.sleep(1000);

		int missing = 0;
		List<Long> writeTimes = new ArrayList<>();
		for (int w = 0; w < writes; w++) {
			String mutation = w % 2 == 0
					? "mutation { addMember(input: {networkId: \"" + networkId + "\", memberId: \"" + memberId + "\"}) { errors { message } } }"
					: "mutation { removeMember(input: {networkId: \"" + networkId + "\", memberId: \"" + memberId + "\"}) { errors { message } } }";
			committedAt[w] = 0;
			sentAt[w] = System.nanoTime();
			current.set(w);
			String answer = graphql(hub, admin, mutation);
			committedAt[w] = System.nanoTime();
			writeTimes.add(committedAt[w] - sentAt[w]);
			if (answer.contains("\"message\"")) {
				throw new IllegalStateException("write refused: " + answer);
			}
			if (!received[w].await(10, TimeUnit.SECONDS)) {
				missing += (int) received[w].getCount();
			}
			Thread.sleep(200);
		}
		sockets.forEach(socket -> socket.sendClose(WebSocket.NORMAL_CLOSURE, "done"));

		System.out.printf("subscribers=%d writes=%d events expected=%d received=%d missing=%d%n", subscribers, writes,
				acknowledged * writes, fromSend.size(), missing);
		System.out.println("write (mutation round trip) ms: " + percentiles(writeTimes));
		System.out.println("latency from sending the write ms: " + percentiles(fromSend));
		System.out.println("latency from the write's answer (committed) ms: " + percentiles(fromCommit));
	}

	/** graphql-transport-ws: connection_init with the token, then one events subscription. */
	private static final class Subscriber implements WebSocket.Listener {

		private final String token;

		private final CountDownLatch subscribed;

		private final Runnable onEvent;

		private final StringBuilder partial = new StringBuilder();

		Subscriber(String token, CountDownLatch subscribed, Runnable onEvent) {
			this.token = token;
			this.subscribed = subscribed;
			this.onEvent = onEvent;
		}

		@Override
		public void onOpen(WebSocket socket) {
			socket.sendText("{\"type\":\"connection_init\",\"payload\":{\"Authorization\":\"Bearer " + token + "\"}}", true);
			socket.request(1);
		}

		@Override
		public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
			partial.append(data);
			if (last) {
				String message = partial.toString();
				partial.setLength(0);
				if (message.contains("\"connection_ack\"")) {
					socket.sendText("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":"
							+ "\"subscription { events { id kind payload } }\"}}", true);
					subscribed.countDown();
				}
				else if (message.contains("\"next\"") && message.contains("NETWORK_CHANGED")) {
					onEvent.run();
				}
				else if (message.contains("\"error\"")) {
					System.err.println("subscription error: " + message);
				}
				else if (message.contains("\"ping\"")) {
					socket.sendText("{\"type\":\"pong\"}", true);
				}
			}
			socket.request(1);
			return CompletableFuture.completedFuture(null);
		}
	}

	private static String token(String hub, String username, String password) throws Exception {
		if (password == null) {
			throw new IllegalArgumentException("give --admin-password and --coordinator-password (printed in the hub's log)");
		}
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(hub + "/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		return first(response.body(), "access_token");
	}

	private static String graphql(String hub, String token, String query) throws Exception {
		String body = "{\"query\":\"" + query.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
		return http.send(HttpRequest.newBuilder(URI.create(hub + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	private static String first(String json, String field) {
		Matcher matcher = Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
		if (!matcher.find()) {
			throw new IllegalStateException("no " + field + " in " + json);
		}
		return matcher.group(1);
	}

	private static String percentiles(List<Long> nanos) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		if (sorted.isEmpty()) {
			return "none";
		}
		return String.format("p50 %.1f, p95 %.1f, p99 %.1f, max %.1f (n=%d)", at(sorted, 0.50), at(sorted, 0.95),
				at(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6, sorted.size());
	}

	private static double at(List<Long> sorted, double quantile) {
		int index = (int) Math.ceil(quantile * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1e6;
	}

	private static String option(String[] args, String name, String fallback) {
		for (String arg : args) {
			if (arg.startsWith("--" + name + "=")) {
				return arg.substring(name.length() + 3);
			}
		}
		return fallback;
	}
}
