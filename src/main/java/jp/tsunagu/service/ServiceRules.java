package jp.tsunagu.service;

/** What makes a service something a household can be connected to: the one rule discovery and the gap queries share. */
public final class ServiceRules {

	/**
	 * Cypher predicate on service {@code s}: not archived, neither planned nor ended, and provided by at least one
	 * organisation that is not archived. A service whose only providers have closed, or that is only planned, is no
	 * help today, whatever it addresses.
	 */
	public static final String USABLE = """
			(NOT coalesce(s.archived, false) AND coalesce(s.status, 'ACTIVE') = 'ACTIVE'
			 AND EXISTS { (provider:Organization)-[:PROVIDES]->(s) WHERE NOT coalesce(provider.archived, false) })""";

	private ServiceRules() {
	}
}
