package jp.tsunagu.bulk;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The memory the JVM uses now and at its peak (heap from the memory pools, resident set from /proc on Linux), and the
 * CPU time it used: on a shared machine, entities per CPU second say more than entities per second.
 */
final class MemoryUse {

	private static final Path STATUS = Path.of("/proc/self/status");

	private MemoryUse() {
	}

	static long heapUsed() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	/** The sum of each heap pool's peak: an upper bound of the peak heap, as the pools peak at different times. */
	static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

	/** The process's peak resident set (VmHWM) in bytes, or -1 where /proc is not there. */
	static long peakResidentSet() {
		try {
			for (String line : Files.readAllLines(STATUS)) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// not Linux, or an unexpected format: report none
		}
		return -1;
	}

	/** CPU time the whole process (all threads, the embedded database's included) has used, in nanoseconds. */
	static long processCpuNanos() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getProcessCpuTime();
		}
		return -1;
	}

	static String megabytes(long bytes) {
		return bytes < 0 ? "n/a" : String.format("%,d MB", bytes / (1024 * 1024));
	}
}
