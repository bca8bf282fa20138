package jp.tsunagu.organization;

import jp.tsunagu.graph.Labelled;

public enum OrganizationKind implements Labelled {

	COUNCIL("社会福祉協議会"),
	SOCIAL_WELFARE_CORPORATION("社会福祉法人"),
	FACILITY("福祉施設"),
	NPO("NPO法人"),
	COMPANY("企業"),
	GOVERNMENT_OFFICE("行政"),
	SUPPORT_AGENCY("支援関係機関"),
	RESIDENT_GROUP("住民組織");

	private final String labelJa;

	OrganizationKind(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}

	/** The second node label an organisation of this kind carries, e.g. SocialWelfareCorporation. */
	public String nodeLabel() {
		StringBuilder label = new StringBuilder();
		for (String word : name().split("_")) {
			label.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
		}
		return label.toString();
	}
}
