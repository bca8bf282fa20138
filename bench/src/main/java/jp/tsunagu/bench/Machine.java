package jp.tsunagu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the report says about the machine the figures come from. */
final class Machine {

	private Machine() {
	}

	static String describe() {
		return "%d cores (%s), %s memory, %s %s, Java %s".formatted(Runtime.getRuntime().availableProcessors(),
				firstValue(Path.of("/proc/cpuinfo"), "model name").orElse("unknown CPU"),
				firstValue(Path.of("/proc/meminfo"), "MemTotal").map(Machine::gibibytes).orElse("unknown"),
				System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.version"));
	}

	static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return fields[0] + " / " + fields[1] + " / " + fields[2];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static java.util.Optional<String> firstValue(Path file, String key) {
		try {
			List<String> lines = Files.readAllLines(file);
			return lines.stream()
				.filter(line -> line.startsWith(key))
				.map(line -> line.substring(line.indexOf(':') + 1).trim())
				.findFirst();
		}
		catch (IOException ex) {
			return java.util.Optional.empty();
		}
	}

	private static String gibibytes(String memTotal) {
		long kib = Long.parseLong(memTotal.replaceAll("\\D", ""));
		return "%.0f GiB".formatted(kib / 1024.0 / 1024.0);
	}
}
