package jp.tsunagu.generator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of {@code generate}, checked: each problem names the option and why it is refused.
 *
 * @param prefectures with municipalities, the files to read; both null for a synthetic list
 * @param writers writer threads for the household step, each on its own municipalities
 * @param stopAfterBatches stop (as if killed) after this many committed batches: for testing resumption
 */
public record GeneratorOptions(double scale, long seed, Path municipalities, Path prefectures, int batchSize,
		int writers, Duration progressEvery, long stopAfterBatches) {

	public static final Path DEFAULT_MUNICIPALITIES = Path.of("../shared/data/municipalities.csv");

	public static final Path DEFAULT_PREFECTURES = Path.of("../shared/data/prefectures.csv");

	public static final int DEFAULT_BATCH_SIZE = 1000;

	public static final int DEFAULT_WRITERS = 2;

	public static final String USAGE = "Usage: generate --scale=0.01 --seed=42 [--municipalities=FILE --prefectures=FILE]"
			+ " [--synthetic] [--batch-size=" + DEFAULT_BATCH_SIZE + "] [--writers=" + DEFAULT_WRITERS + "]"
			+ " [--progress-seconds=5] [--stop-after-batches=N]";

	/** The options, or the problems with them (which option, and why). */
	public record Parsed(GeneratorOptions options, List<String> problems) {
	}

	public static Parsed parse(String[] args) {
		List<String> problems = new ArrayList<>();
		List<String> known = List.of("--scale", "--seed", "--municipalities", "--prefectures", "--synthetic", "--batch-size",
				"--writers", "--progress-seconds", "--stop-after-batches");
		for (String arg : args) {
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			if (!known.contains(name) && !arg.startsWith("--tsunagu.") && !arg.startsWith("--spring.")) {
				problems.add(name + ": unknown option (" + USAGE + ")");
			}
		}
		String scaleText = value(args, "--scale");
		double scale = 0;
		if (scaleText == null) {
			problems.add("--scale: required, a number in (0, 1], e.g. --scale=0.01 (1.0 is the whole country)");
		}
		else {
			try {
				scale = Double.parseDouble(scaleText);
				if (!(scale > 0 && scale <= 1)) {
					problems.add("--scale: must be more than 0 and at most 1, was " + scaleText);
				}
			}
			catch (NumberFormatException ex) {
				problems.add("--scale: not a number: \"" + scaleText + "\"");
			}
		}
		String seedText = value(args, "--seed");
		long seed = 0;
		if (seedText == null) {
			problems.add("--seed: required, a whole number, e.g. --seed=42 (the same seed gives the same network)");
		}
		else {
			try {
				seed = Long.parseLong(seedText);
			}
			catch (NumberFormatException ex) {
				problems.add("--seed: not a whole number: \"" + seedText + "\"");
			}
		}
		Path municipalities = path(args, "--municipalities");
		Path prefectures = path(args, "--prefectures");
		boolean synthetic = List.of(args).contains("--synthetic");
		if (synthetic && (municipalities != null || prefectures != null)) {
			problems.add("--synthetic: leave out --municipalities and --prefectures to generate over a made-up list");
		}
		if (!synthetic && municipalities == null && prefectures == null && Files.isReadable(DEFAULT_MUNICIPALITIES)
				&& Files.isReadable(DEFAULT_PREFECTURES)) {
			municipalities = DEFAULT_MUNICIPALITIES;
			prefectures = DEFAULT_PREFECTURES;
		}
		if ((municipalities == null) != (prefectures == null)) {
			problems.add((municipalities == null ? "--municipalities" : "--prefectures")
					+ ": give both files (municipalities name their prefectures), or neither for a synthetic list");
		}
		for (Path file : new Path[] { municipalities, prefectures }) {
			if (file != null && !Files.isReadable(file)) {
				problems.add((file == municipalities ? "--municipalities" : "--prefectures") + ": cannot read "
						+ file.toAbsolutePath());
			}
		}
		int batchSize = (int) whole(args, "--batch-size", DEFAULT_BATCH_SIZE, 1, 100_000, problems);
		int writers = (int) whole(args, "--writers", DEFAULT_WRITERS, 1, 8, problems);
		long progressSeconds = whole(args, "--progress-seconds", 5, 1, 3600, problems);
		long stopAfter = whole(args, "--stop-after-batches", Long.MAX_VALUE, 0, Long.MAX_VALUE, problems);
		if (!problems.isEmpty()) {
			return new Parsed(null, problems);
		}
		return new Parsed(new GeneratorOptions(scale, seed, municipalities, prefectures, batchSize, writers,
				Duration.ofSeconds(progressSeconds), stopAfter), List.of());
	}

	/** What makes a run the same run: a rerun with the same key resumes from its checkpoints. */
	String runKey(String input) {
		return "generate seed=" + seed + " scale=" + scale + " input=" + input;
	}

	private static String value(String[] args, String name) {
		for (String arg : args) {
			if (arg.startsWith(name + "=")) {
				return arg.substring(name.length() + 1);
			}
		}
		return null;
	}

	private static Path path(String[] args, String name) {
		String value = value(args, name);
		return value == null || value.isBlank() ? null : Path.of(value);
	}

	private static long whole(String[] args, String name, long fallback, long min, long max, List<String> problems) {
		String text = value(args, name);
		if (text == null) {
			return fallback;
		}
		try {
			long value = Long.parseLong(text);
			if (value < min || value > max) {
				problems.add(name + ": must be between " + min + " and " + max + ", was " + text);
			}
			return value;
		}
		catch (NumberFormatException ex) {
			problems.add(name + ": not a whole number: \"" + text + "\"");
			return fallback;
		}
	}
}
