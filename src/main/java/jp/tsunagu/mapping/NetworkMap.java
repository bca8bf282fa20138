package jp.tsunagu.mapping;

import java.util.List;

import jp.tsunagu.api.Connection.PageInfo;
import jp.tsunagu.area.Area;

/**
 * One page of the network of an area.
 *
 * @param totalCount nodes on the whole map
 * @param tieCount edges on the whole map (ties of one kind between one pair count once)
 * @param ties the edges between a node of this page and a node of this or an earlier page
 */
public record NetworkMap(Area area, long totalCount, long tieCount, List<NetworkMapNode> nodes,
		List<NetworkMapTie> ties, PageInfo pageInfo) {
}
