package jp.tsunagu.importing;

import jp.tsunagu.graph.Labelled;

/** What the coordinator decides for a row that looks like an entity already in the hub. */
public enum Decision implements Labelled {

	/** Update the existing entity with the row's values. */
	MERGE("統合（既存を更新）"),
	/** Keep the existing entity as it is and use it for the file's ties (operator, membership, provider). */
	LINK("既存にリンク（変更しない）"),
	/** Add a new entity beside the existing one. */
	CREATE("新規作成");

	private final String labelJa;

	Decision(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}
}
