package jp.tsunagu.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One timed window of the comparison: {@code users} clients, each sending the same request again as soon as the last
 * answer is in (closed model), over its own keep-alive HTTP/1.1 connection, for a number of seconds; with the CPU time
 * the server processes spent meanwhile (from /proc, so Linux only).
 */
final class ClosedLoad {

	/** What one window measured. */
	record Window(long requests, long errors, double seconds, double p50Millis, double p99Millis, double hubCpuSeconds,
			double peerCpuSeconds, String firstError) {

		double throughput() {
			return requests / seconds;
		}

		/** Milliseconds of CPU per answered request, of both processes together. */
		double cpuMillisPerRequest() {
			return requests == 0 ? Double.NaN : (hubCpuSeconds + peerCpuSeconds) * 1000 / requests;
		}
	}

	private final int users;

	private final long hubPid;

	private final long peerPid;

	ClosedLoad(int users, long hubPid, long peerPid) {
		this.users = users;
		this.hubPid = hubPid;
		this.peerPid = peerPid;
	}

	Window run(String url, String token, String body, int seconds) {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10)).build();
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("content-type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			builder.header("authorization", "Bearer " + token);
		}
		HttpRequest request = builder.build();
		AtomicLong errors = new AtomicLong();
		String[] firstError = new String[1];
		List<List<Long>> latencies = new ArrayList<>();
		List<Thread> clients = new ArrayList<>();
		double hubCpuBefore = cpuSeconds(hubPid);
		double peerCpuBefore = cpuSeconds(peerPid);
		long start = System.nanoTime();
		long end = start + seconds * 1_000_000_000L;
		for (int i = 0; i < users; i++) {
			List<Long> mine = new ArrayList<>();
			latencies.add(mine);
			Thread client = new Thread(() -> {
				while (System.nanoTime() < end) {
					long sent = System.nanoTime();
					try {
						HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
						if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
							errors.incrementAndGet();
							synchronized (firstError) {
								if (firstError[0] == null) {
									firstError[0] = "HTTP " + response.statusCode() + " " + response.body();
								}
							}
						}
					}
					catch (IOException ex) {
						errors.incrementAndGet();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
					mine.add(System.nanoTime() - sent);
				}
			}, "client-" + i);
			clients.add(client);
			client.start();
		}
		for (Thread client : clients) {
			try {
				client.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new BenchException("interrupted", ex);
			}
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		double hubCpu = cpuSeconds(hubPid) - hubCpuBefore;
		double peerCpu = cpuSeconds(peerPid) - peerCpuBefore;
		List<Long> all = new ArrayList<>();
		latencies.forEach(all::addAll);
		all.sort(null);
		return new Window(all.size(), errors.get(), elapsed, percentile(all, 0.50), percentile(all, 0.99), hubCpu, peerCpu,
				firstError[0]);
	}

	private static double percentile(List<Long> sorted, double p) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int index = (int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1);
		return sorted.get(Math.max(0, index)) / 1e6;
	}

	/** User plus system CPU time of a process and all its threads so far ({@code /proc/PID/stat}, 100 ticks a second). */
	static double cpuSeconds(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
		}
		catch (IOException | RuntimeException ex) {
			throw new BenchException("cannot read the CPU time of process " + pid + ": " + ex.getMessage(), ex);
		}
	}
}
