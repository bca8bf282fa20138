package jp.tsunagu.taxonomy;

import java.time.LocalDate;

import jp.tsunagu.graph.NodeValues;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.MapAccessor;

/**
 * An organisation that runs a 重層 function in a municipality: commissioned (委託), subsidised (補助) or the
 * municipality's own office (直営), under a programme, for a period. {@code since} is when the organisation took it
 * on; the period is the programme's, which may start later (a model project becoming 重層) or have ended. It
 * carries the keys of its three ends, so they resolve even for a commission that has just been removed. Stored
 * commissions without a programme or mode are 重層 commissions (委託), as every commission was before they had them.
 */
public record Commission(String id, LocalDate since, String note, String organizationId, String functionCode,
		String municipalityCode, CommissionProgramme programme, FunctionMode mode, LocalDate periodFrom,
		LocalDate periodTo) {

	/** Reads a row of {@link CommissionQueries#RETURN_COMMISSION}. */
	static Commission from(Record record) {
		return from(record.get("c"), record.get("organizationId").asString(), record.get("functionCode").asString(),
				record.get("municipalityCode").asString());
	}

	public static Commission from(MapAccessor node, String organizationId, String functionCode,
			String municipalityCode) {
		CommissionProgramme programme = NodeValues.enumValue(node, "programme", CommissionProgramme.class);
		FunctionMode mode = NodeValues.enumValue(node, "mode", FunctionMode.class);
		return new Commission(NodeValues.string(node, "id"), NodeValues.date(node, "since"),
				NodeValues.string(node, "note"), organizationId, functionCode, municipalityCode,
				programme == null ? CommissionProgramme.JUSO : programme, mode == null ? FunctionMode.COMMISSIONED : mode,
				NodeValues.date(node, "periodFrom"), NodeValues.date(node, "periodTo"));
	}

	public String programmeLabelJa() {
		return programme.labelJa();
	}

	public String modeLabelJa() {
		return mode.labelJa();
	}

	/** Whether it means the function is run on the day: not a model project, and its period has not ended. */
	public boolean runsOn(LocalDate day) {
		return programme.runsTheFunction() && (periodTo == null || !periodTo.isBefore(day));
	}
}
