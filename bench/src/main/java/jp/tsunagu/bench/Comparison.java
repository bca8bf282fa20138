package jp.tsunagu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * The hub side by side with @neo4j/graphql on the same database (bench/run.sh --compare): picks the targets, checks
 * that both answer each workload with the same data, then runs alternating pairs of timed windows (hub then peer, peer
 * then hub in the next pair, so drift in the machine's load falls on both) and reports throughput, latency and CPU per
 * request, and the hub's throughput divided by the peer's as the median of the pairs.
 */
final class Comparison {

	private final Settings settings;

	private final String peerUrl;

	private final ClosedLoad load;

	private final int pairs;

	private final int pairSeconds;

	private final int warmupSeconds;

	Comparison(Settings settings) {
		this.settings = settings;
		this.peerUrl = Settings.required("bench.peer");
		this.load = new ClosedLoad(settings.users(), Long.parseLong(Settings.required("bench.hubPid")),
				Long.parseLong(Settings.required("bench.peerPid")));
		this.pairs = Integer.parseInt(System.getProperty("bench.pairs", "3"));
		this.pairSeconds = Integer.parseInt(System.getProperty("bench.pairSeconds", "20"));
		this.warmupSeconds = Integer.parseInt(System.getProperty("bench.compareWarmup", "10"));
	}

	void run() {
		PeerWorkload.Targets targets = targets();
		HubClient hub = new HubClient(settings.hubUrl());
		String token = hub.signIn("admin", read(settings.work().resolve("admin-password")));
		List<String> workloadNames = List.of(System.getProperty("bench.workloads", "all").split(","));
		List<PeerWorkload> workloads = new ArrayList<>();
		for (PeerWorkload workload : PeerWorkload.values()) {
			if (workloadNames.contains("all") || workloadNames.contains(workload.name())) {
				workloads.add(workload);
			}
		}
		System.out.printf("Targets: municipality %s %s, organisation %s (%s)%n", targets.municipalityCode(),
				targets.municipalityName(), targets.organizationName(), targets.organizationId());
		for (PeerWorkload workload : workloads) {
			checkEqual(workload, targets, hub, token);
		}
		StringBuilder report = new StringBuilder();
		report.append("- Started %s, load average (1/5/15 min) %s; %d clients, %d alternating pairs of %d s per workload after %d s of warm-up each side%n"
			.formatted(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
					Machine.loadAverage(), settings.users(), pairs, pairSeconds, warmupSeconds));
		report.append("- Targets: municipality %s %s (page of 20), organisation %s (networks and members), search \"%s\"%n%n"
			.formatted(targets.municipalityCode(), targets.municipalityName(), targets.organizationName(), PeerWorkload.SEARCH_TEXT));
		report.append("| workload | hub req/s | peer req/s | hub / peer (median; pairs) | hub p50 / p99 ms | peer p50 / p99 ms | hub CPU ms/req | peer CPU ms/req (Node + database) | load avg |\n");
		report.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|\n");
		for (PeerWorkload workload : workloads) {
			report.append(measure(workload, targets, token)).append('\n');
		}
		report.append("%n- Finished %s, load average %s; resident memory at the end: hub (with its database) %s, peer %s%n".formatted(
				ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("HH:mm 'UTC'")), Machine.loadAverage(),
				residentMemory(Long.parseLong(Settings.required("bench.hubPid"))),
				residentMemory(Long.parseLong(Settings.required("bench.peerPid")))));
		System.out.println();
		System.out.println(report);
		try {
			Files.writeString(settings.run().resolve("compare.md"), report);
		}
		catch (java.io.IOException ex) {
			throw new BenchException("cannot write compare.md: " + ex.getMessage(), ex);
		}
	}

	private String measure(PeerWorkload workload, PeerWorkload.Targets targets, String token) {
		String hubBody = workload.hubBody(targets);
		String peerBody = workload.peerBody(targets);
		System.out.printf("%s: warming up…%n", workload.title());
		load.run(settings.hubUrl() + "/graphql", token, hubBody, warmupSeconds);
		load.run(peerUrl, null, peerBody, warmupSeconds);
		List<ClosedLoad.Window> hubWindows = new ArrayList<>();
		List<ClosedLoad.Window> peerWindows = new ArrayList<>();
		List<Double> ratios = new ArrayList<>();
		for (int pair = 0; pair < pairs; pair++) {
			ClosedLoad.Window hub;
			ClosedLoad.Window peer;
			if (pair % 2 == 0) {
				hub = load.run(settings.hubUrl() + "/graphql", token, hubBody, pairSeconds);
				peer = load.run(peerUrl, null, peerBody, pairSeconds);
			}
			else {
				peer = load.run(peerUrl, null, peerBody, pairSeconds);
				hub = load.run(settings.hubUrl() + "/graphql", token, hubBody, pairSeconds);
			}
			for (ClosedLoad.Window window : List.of(hub, peer)) {
				if (window.errors() > 0) {
					throw new BenchException(workload.title() + ": " + window.errors() + " errors, the first: " + window.firstError());
				}
			}
			hubWindows.add(hub);
			peerWindows.add(peer);
			ratios.add(hub.throughput() / peer.throughput());
			System.out.printf("  pair %d: hub %.1f req/s (CPU %.1f ms/req), peer %.1f req/s (CPU %.1f ms/req: Node %.1f + database %.1f), ratio %.2f, load %s%n",
					pair + 1, hub.throughput(), hub.cpuMillisPerRequest(), peer.throughput(), peer.cpuMillisPerRequest(),
					peer.peerCpuSeconds() * 1000 / peer.requests(), peer.hubCpuSeconds() * 1000 / peer.requests(),
					ratios.get(pair), Machine.loadAverage());
		}
		ClosedLoad.Window hub = medianByThroughput(hubWindows);
		ClosedLoad.Window peer = medianByThroughput(peerWindows);
		// The hub's own process is hub and database; the peer's CPU is Node plus the database it drives (the hub's process, idle otherwise).
		return "| %s | %.1f | %.1f | **%.2f** (%s) | %.0f / %.0f | %.0f / %.0f | %.1f | %.1f (%.1f + %.1f) | %s |".formatted(
				workload.title(), hub.throughput(), peer.throughput(), median(ratios),
				String.join(", ", ratios.stream().map(r -> "%.2f".formatted(r)).toList()), hub.p50Millis(), hub.p99Millis(),
				peer.p50Millis(), peer.p99Millis(), hub.cpuMillisPerRequest(), peer.cpuMillisPerRequest(),
				peer.peerCpuSeconds() * 1000 / peer.requests(), peer.hubCpuSeconds() * 1000 / peer.requests(),
				Machine.loadAverage());
	}

	private void checkEqual(PeerWorkload workload, PeerWorkload.Targets targets, HubClient hub, String token) {
		JsonNode hubAnswer = workload.normalHub(hub.send(token, workload.hubBody(targets)).path("data"));
		JsonNode peerAnswer = workload.normalPeer(new HubClient(peerUrl.replaceFirst("/+$", "")).sendTo("/", null, workload.peerBody(targets)).path("data"));
		Path hubFile = settings.run().resolve("equality/" + workload.name().toLowerCase() + ".hub.json");
		Path peerFile = settings.run().resolve("equality/" + workload.name().toLowerCase() + ".peer.json");
		Json.writeFile(hubFile, hubAnswer);
		Json.writeFile(peerFile, peerAnswer);
		if (!hubAnswer.equals(peerAnswer)) {
			throw new BenchException(workload.title() + ": the hub and the peer answer differently; compare " + hubFile + " with " + peerFile);
		}
		if (hubAnswer.isEmpty() || (hubAnswer.isArray() && hubAnswer.size() == 0)) {
			throw new BenchException(workload.title() + ": both answers are empty, nothing to compare");
		}
		System.out.printf("%s: the same answer from both (%d bytes in normal form)%n", workload.title(), Json.write(hubAnswer).length());
	}

	private PeerWorkload.Targets targets() {
		try (Driver driver = Bolt.driver(settings)) {
			Record municipality = Bolt.read(driver, """
					MATCH (a:Municipality)<-[:PART_OF*0..2]-(:Area)<-[:LOCATED_IN]-(o:Organization)
					WHERE NOT o.archived
					RETURN a.code AS code, a.name AS name, count(DISTINCT o) AS n ORDER BY n DESC, code LIMIT 1""", Map.of()).get(0);
			Record organization = Bolt.read(driver, """
					MATCH (o:Organization)-[:MEMBER_OF]->(n:Network) WHERE NOT o.archived AND NOT n.archived
					RETURN o.id AS id, o.name AS name, count(n) AS n ORDER BY n DESC, o.id LIMIT 1""", Map.of()).get(0);
			return new PeerWorkload.Targets(municipality.get("code").asString(), municipality.get("name").asString(),
					organization.get("id").asString(), organization.get("name").asString());
		}
	}

	private static ClosedLoad.Window medianByThroughput(List<ClosedLoad.Window> windows) {
		List<ClosedLoad.Window> sorted = new ArrayList<>(windows);
		sorted.sort((a, b) -> Double.compare(a.throughput(), b.throughput()));
		return sorted.get(sorted.size() / 2);
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		sorted.sort(null);
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	private static String residentMemory(long pid) {
		try {
			return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
				.filter(line -> line.startsWith("VmRSS:"))
				.map(line -> "%d MB".formatted(Long.parseLong(line.replaceAll("\\D", "")) / 1024))
				.findFirst()
				.orElse("unknown");
		}
		catch (java.io.IOException ex) {
			return "unknown";
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file).strip();
		}
		catch (java.io.IOException ex) {
			throw new BenchException("cannot read " + file + ": " + ex.getMessage(), ex);
		}
	}
}
