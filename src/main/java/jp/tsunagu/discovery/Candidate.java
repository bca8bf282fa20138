package jp.tsunagu.discovery;

import java.util.List;

import jp.tsunagu.area.Area;
import jp.tsunagu.service.Service;

/**
 * A service available where the household lives that addresses one of the needs sought, as the database found it,
 * before ranking.
 *
 * @param addressed codes of the sought needs (direct or preventive) it addresses, itself or through a broader need
 * @param areas the areas on the household's chain (its own area and those containing it) where it is available
 * @param paths the shortest directory path from each knower of the household that reaches it
 */
record Candidate(Service service, List<String> addressed, List<Area> areas, List<WarmPath> paths) {
}
