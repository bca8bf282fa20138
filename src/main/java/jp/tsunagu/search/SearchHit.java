package jp.tsunagu.search;

/** One search result: an Organization, Service, Network or Activity, with its relevance. */
record SearchHit(double score, Object node) {
}
