package jp.tsunagu.network;

/** An activity seen from one of its runners. */
record ActivityRole(Activity activity, RunnerRole role) {

	public String roleLabelJa() {
		return role.labelJa();
	}
}
