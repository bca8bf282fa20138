package jp.tsunagu.network;

/**
 * Who runs an activity, seen from the activity.
 *
 * @param runner an {@link jp.tsunagu.organization.Organization} or a {@link Network}
 */
record ActivityRunner(Object runner, RunnerRole role) {

	public String roleLabelJa() {
		return role.labelJa();
	}
}
