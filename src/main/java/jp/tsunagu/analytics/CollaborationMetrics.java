package jp.tsunagu.analytics;

import java.util.List;

import jp.tsunagu.api.Connection;
import jp.tsunagu.area.Area;
import jp.tsunagu.mapping.TieKind;
import jp.tsunagu.organization.Organization;

/**
 * Bridging organisations, hubs and communities of an area's collaboration network, as the GraphQL type shows them.
 *
 * @param organizations one page of the ranking
 * @param communities the largest {@value #COMMUNITIES_SHOWN} communities, largest first
 */
record CollaborationMetrics(Area area, List<TieKind> ties, int organizationCount, int tieCount,
		Connection<OrganizationCentrality> organizations, int communityCount, List<Community> communities) {

	static final int COMMUNITIES_SHOWN = 50;

	static final int MEMBERS_SHOWN = 20;

	/**
	 * @param id the number the organisations of the community carry as {@code community}
	 * @param members its {@value #MEMBERS_SHOWN} members of highest PageRank, highest first
	 */
	record Community(int id, int size, List<Organization> members) {
	}
}
