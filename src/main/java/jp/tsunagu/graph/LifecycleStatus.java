package jp.tsunagu.graph;

/**
 * Whether a network, activity or service exists yet: planned (呼びかけ中・計画中, a plan is not a fact), active, or
 * ended. Stored nodes without a status are active.
 */
public enum LifecycleStatus implements Labelled {

	PLANNED("計画中"), ACTIVE("活動中"), ENDED("終了");

	private final String labelJa;

	LifecycleStatus(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}

	/** The status stored on a node, ACTIVE when none is. */
	public static LifecycleStatus of(org.neo4j.driver.types.MapAccessor node) {
		LifecycleStatus status = NodeValues.enumValue(node, "status", LifecycleStatus.class);
		return status == null ? ACTIVE : status;
	}
}
