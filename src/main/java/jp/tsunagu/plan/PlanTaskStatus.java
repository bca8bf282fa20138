package jp.tsunagu.plan;

import java.util.List;

import jp.tsunagu.graph.Labelled;

public enum PlanTaskStatus implements Labelled {

	OPEN("未着手"), IN_PROGRESS("対応中"), DONE("完了"), CANCELLED("中止");

	/** Statuses of a task still to be done: those the owner's to-do list and the due check look at. */
	static final List<String> PENDING = List.of(OPEN.name(), IN_PROGRESS.name());

	private final String labelJa;

	PlanTaskStatus(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}
}
