package jp.tsunagu.importing;

import java.util.List;

/**
 * A row that looks like entities already in the hub. {@code suggested} is what a confirm without a decision for the
 * row does: MERGE for the same natural key (法人番号); none (a decision is required) for a match by name and address.
 */
public record Duplicate(int row, String name, List<Candidate> candidates, Decision suggested) {

	public record Candidate(String id, String name, String why) {
	}
}
