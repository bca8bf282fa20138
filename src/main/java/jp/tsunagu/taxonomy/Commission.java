package jp.tsunagu.taxonomy;

import java.time.LocalDate;

import jp.tsunagu.graph.NodeValues;
import org.neo4j.driver.Record;

/**
 * An organisation commissioned (委託) for a 重層 function in a municipality. It carries the keys of
 * its three ends, so they resolve even for a commission that has just been removed.
 */
public record Commission(String id, LocalDate since, String note, String organizationId, String functionCode,
		String municipalityCode) {

	/** Reads a row of {@link CommissionQueries#RETURN_COMMISSION}. */
	static Commission from(Record record) {
		var node = record.get("c");
		return new Commission(NodeValues.string(node, "id"), NodeValues.date(node, "since"),
				NodeValues.string(node, "note"), record.get("organizationId").asString(),
				record.get("functionCode").asString(), record.get("municipalityCode").asString());
	}
}
