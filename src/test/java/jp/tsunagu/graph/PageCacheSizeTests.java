package jp.tsunagu.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.io.ByteUnit;

import static org.assertj.core.api.Assertions.assertThat;

class PageCacheSizeTests {

	private static final long GB = ByteUnit.gibiBytes(1);

	@Test
	void aSizeGivenIsTakenAsItIs() {
		assertThat(PageCacheSize.of("2g", Path.of("nowhere"))).isEqualTo(2 * GB);
		assertThat(PageCacheSize.of("512m", Path.of("nowhere"))).isEqualTo(ByteUnit.mebiBytes(512));
	}

	@Test
	void autoHoldsTheStoreWithRoomToGrowWithinHalfTheMemoryTheHeapLeaves() {
		assertThat(PageCacheSize.auto(4 * GB, 24 * GB, 4 * GB)).isEqualTo(5 * GB);
		// the national store (9.7 GB) on this machine: capped at half of 24 GB - 4 GB
		assertThat(PageCacheSize.auto(97 * GB / 10, 24 * GB, 4 * GB)).isEqualTo(10 * GB);
		assertThat(PageCacheSize.auto(0, 24 * GB, 4 * GB)).isEqualTo(PageCacheSize.AT_LEAST);
		assertThat(PageCacheSize.auto(8 * GB, 2 * GB, 2 * GB)).isEqualTo(PageCacheSize.AT_LEAST);
	}

	@Test
	void autoMeasuresTheStoreFilesButNotTheTransactionLogs(@TempDir Path home) throws IOException {
		Path store = Files.createDirectories(home.resolve("data/databases/neo4j"));
		Files.write(store.resolve("neostore.nodestore.db"), new byte[1024]);
		Path logs = Files.createDirectories(home.resolve("data/transactions/neo4j"));
		Files.write(logs.resolve("neostore.transaction.db.0"), new byte[4096]);
		assertThat(PageCacheSize.storeBytes(home)).isEqualTo(1024);
		assertThat(PageCacheSize.storeBytes(home.resolve("empty"))).isZero();
		assertThat(PageCacheSize.of("AUTO", home)).isEqualTo(PageCacheSize.AT_LEAST);
	}
}
