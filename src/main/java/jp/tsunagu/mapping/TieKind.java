package jp.tsunagu.mapping;

import jp.tsunagu.graph.Labelled;

/**
 * The kinds of tie a map or a path shows; each name is the relationship type in the graph. Ties to households are
 * shown only where the caller may see the household.
 */
public enum TieKind implements Labelled {

	SUPPORTS("支援"),
	MEMBER_OF("ネットワークへの参加"),
	COLLABORATES_WITH("連携・協働"),
	OPERATES("施設の運営"),
	WORKS_FOR("職員として所属"),
	BELONGS_TO("民児協への所属"),
	ASSIGNED_TO("担当地区"),
	RUNS("事業の実施"),
	PROVIDES("社会資源の提供"),
	SERVES("担当区域"),
	LOCATED_IN("所在地"),
	LIVES_IN("居住地"),
	RECORD_HELD_BY("記録の保有"),
	SUBCOMMITTEE_OF("部会"),
	COVERS("対象区域"),
	AVAILABLE_IN("利用できる区域"),
	HELD_IN("開催地"),
	PART_OF("上位の区域");

	private final String labelJa;

	TieKind(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}

	/** The relationship type in the graph. */
	public String relationshipType() {
		return name();
	}
}
