package jp.tsunagu.plan;

import jp.tsunagu.graph.Labelled;

/** What an entry of a to-do list asks: a task of a plan, or the plan's review (見直し) when it falls due. */
public enum PlanTaskKind implements Labelled {

	TASK("タスク"), REVIEW("プランの見直し");

	private final String labelJa;

	PlanTaskKind(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}
}
