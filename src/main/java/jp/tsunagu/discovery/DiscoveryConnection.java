package jp.tsunagu.discovery;

import java.util.List;

import jp.tsunagu.api.Connection;
import jp.tsunagu.api.Connection.Edge;
import jp.tsunagu.api.Connection.PageInfo;

/**
 * A page of discover's ranking, and the needs no service addresses where the household lives. Its name ends in
 * Connection: Spring for GraphQL passes such a type through as a Relay connection without an adapter.
 */
record DiscoveryConnection(List<Edge<DiscoveryResult>> edges, PageInfo pageInfo, long totalCount,
		List<UnaddressedNeed> unaddressed) {

	static DiscoveryConnection of(Connection<DiscoveryResult> page, List<UnaddressedNeed> unaddressed) {
		return new DiscoveryConnection(page.edges(), page.pageInfo(), page.totalCount(), unaddressed);
	}
}
