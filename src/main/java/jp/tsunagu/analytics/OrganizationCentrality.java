package jp.tsunagu.analytics;

import jp.tsunagu.organization.Organization;

/**
 * An organisation's place in its area's collaboration network; {@code rank} is its position in the order asked for
 * (1 = first), 0 before ranking. The scores are those of {@link CollaborationNetwork.Scores}.
 */
record OrganizationCentrality(int rank, Organization organization, int degree, double weightedDegree, double pageRank,
		double betweenness, int community) {

	OrganizationCentrality ranked(int position) {
		return new OrganizationCentrality(position, organization, degree, weightedDegree, pageRank, betweenness,
				community);
	}
}
