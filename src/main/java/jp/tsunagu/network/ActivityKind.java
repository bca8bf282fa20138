package jp.tsunagu.network;

import jp.tsunagu.graph.Labelled;

public enum ActivityKind implements Labelled {

	FOOD_BANK("フードバンク"),
	CHILDREN_CAFETERIA("子ども食堂"),
	SHOPPING_SUPPORT("買い物支援"),
	OUTREACH_LECTURE("出前講座"),
	CONSULTATION_EVENT("相談会"),
	PLACE_TO_BELONG("居場所"),
	LEARNING_SUPPORT("学習支援"),
	WORK_EXPERIENCE("就労体験"),
	CASE_REVIEW("事例検討"),
	TRAINING("研修"),
	OTHER("その他");

	private final String labelJa;

	ActivityKind(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}
}
