package jp.tsunagu.organization;

/** How many organisations of one kind an area holds. */
record KindCount(OrganizationKind kind, long count) {

	public String labelJa() {
		return kind.labelJa();
	}
}
