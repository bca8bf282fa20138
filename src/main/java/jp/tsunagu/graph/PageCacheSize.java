package jp.tsunagu.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.neo4j.io.ByteUnit;

/**
 * The embedded database's page cache: a size as given ({@code 2g}), or {@code auto}: the store on disk and a quarter
 * more to grow into, at least 256 MB and at most half the memory the heap leaves. A national store is 9.7 GB; read
 * through a fixed 256 MB cache, every query goes to disk.
 */
final class PageCacheSize {

	static final String AUTO = "auto";

	static final long AT_LEAST = ByteUnit.mebiBytes(256);

	private PageCacheSize() {
	}

	static long of(String setting, Path dataDirectory) {
		if (!AUTO.equalsIgnoreCase(setting.trim())) {
			return ByteUnit.parse(setting);
		}
		return auto(storeBytes(dataDirectory), physicalMemory(), Runtime.getRuntime().maxMemory());
	}

	static long auto(long storeBytes, long physicalBytes, long maxHeapBytes) {
		long wanted = storeBytes + storeBytes / 4;
		long allowed = (physicalBytes - maxHeapBytes) / 2;
		return Math.max(AT_LEAST, Math.min(wanted, allowed));
	}

	/** The store files (not the transaction logs) under the database home. */
	static long storeBytes(Path dataDirectory) {
		Path databases = dataDirectory.resolve("data").resolve("databases");
		if (!Files.isDirectory(databases)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(databases)) {
			return files.filter(Files::isRegularFile).mapToLong(PageCacheSize::size).sum();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot measure the store in " + databases, ex);
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			// a file removed while walking (a store rotating) counts for nothing
			return 0;
		}
	}

	/** Container-aware on JDK 17; without the HotSpot bean, the floor. */
	private static long physicalMemory() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getTotalMemorySize();
		}
		return 0;
	}
}
