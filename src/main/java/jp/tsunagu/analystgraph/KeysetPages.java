package jp.tsunagu.analystgraph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Reads the operational graph in pages ordered by id, each in a short read transaction of its own, so a national
 * rebuild never holds one long transaction on the hub's database. The ids query binds {@code $after} and
 * {@code $batch} and returns an {@code id} column in ascending order; the details query binds {@code $ids} and returns
 * one row per id. Two statements, because Neo4j 5.26's planner fails on some pattern expressions after an ORDER BY
 * on the same node's property ("should not appear non-cached").
 */
final class KeysetPages {

	private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

	private KeysetPages() {
	}

	/** @return how many rows were read */
	static long each(Driver source, String idsQuery, String detailsQuery, Map<String, Object> parameters, int batch,
			Consumer<List<Record>> page) {
		Map<String, Object> bound = new HashMap<>(parameters);
		bound.put("batch", batch);
		String after = "";
		long rows = 0;
		try (Session session = source.session(READ)) {
			while (true) {
				bound.put("after", after);
				List<String> ids = session
					.executeRead(tx -> tx.run(idsQuery, bound).list(record -> record.get("id").asString()));
				if (ids.isEmpty()) {
					return rows;
				}
				bound.put("ids", ids);
				page.accept(session.executeRead(tx -> tx.run(detailsQuery, bound).list()));
				rows += ids.size();
				after = ids.get(ids.size() - 1);
				if (ids.size() < batch) {
					return rows;
				}
			}
		}
	}
}
