package jp.tsunagu.household;

import java.util.Map;

import jp.tsunagu.area.Areas;
import jp.tsunagu.graph.CypherTemplate;

/**
 * Which households a caller may see, as Cypher: the one mechanism every read of household data goes through. A query
 * binds the household as {@code h} and the caller as {@code $viewer} ({@link jp.tsunagu.security.Caller#asParameter()})
 * and adds {@link #VISIBLE} to its WHERE, so lists, counts, connections and paths leave out what the caller may not
 * see, in the database, before anything is counted or returned.
 * <ul>
 * <li>The staff of the organisation that holds the record (RECORD_HELD_BY) always see it; a 民生委員's organisation
 * is their 民児協, which never holds records.</li>
 * <li>Anyone else needs an active consent naming their organisation (a withdrawal takes effect at once), and a tie
 * of their role: a coordinator's council serves the household's area; a member organisation supports the household
 * or accepted a referral for it; a 民生委員 is assigned to the household's district.</li>
 * <li>DV and crime-victim households are seen only by their own supporters (and the record holder).</li>
 * <li>Analysts, administrators and anonymous callers see no household.</li>
 * </ul>
 */
public final class HouseholdScope {

	/** A Cypher predicate: household {@code h} is visible to {@code $viewer}. */
	public static final String VISIBLE = CypherTemplate.compose("""
			($viewer.role IN ['COORDINATOR', 'MEMBER_STAFF', 'COMMISSIONED_VOLUNTEER'] AND (
			  ($viewer.role <> 'COMMISSIONED_VOLUNTEER'
			   AND EXISTS { (h)-[:RECORD_HELD_BY]->(:Organization {id: $viewer.organizationId}) })
			  OR (
			    (h.protection = 'NONE' OR EXISTS { (s)-[:SUPPORTS]->(h) WHERE s.id IN [$viewer.organizationId, $viewer.personId] })
			    AND EXISTS { (h)-[:GAVE_CONSENT]->(c:Consent)-[:TO]->(:Organization {id: $viewer.organizationId})
			                 WHERE c.withdrawnAt IS NULL }
			    AND CASE $viewer.role
			      WHEN 'COORDINATOR' THEN
			        EXISTS { (h)-[:LIVES_IN]->(:Area){{within}}(:Area)<-[:SERVES]-(:Organization {id: $viewer.organizationId}) }
			      WHEN 'MEMBER_STAFF' THEN
			        EXISTS { (:Organization {id: $viewer.organizationId})-[:SUPPORTS]->(h) }
			        OR EXISTS { (:Organization {id: $viewer.organizationId})<-[:TO]-(acceptedReferral:Referral)-[:FOR]->(h)
			                   WHERE acceptedReferral.status IN ['ACCEPTED', 'IN_PROGRESS', 'ON_HOLD'] }
			      ELSE
			        EXISTS { (h)-[:LIVES_IN]->(:Area)-[:PART_OF*0..2]->(:Area)<-[:ASSIGNED_TO]-(:Person {id: $viewer.personId}) }
			    END)))""", Map.of("within", Areas.WITHIN));

	/**
	 * Cypher binding {@code h}, once each, to the households the viewer's organisation holds the record of
	 * ({@code held}) or is named by in an active consent: a superset of those {@link #VISIBLE} lets {@code $viewer}
	 * see, since every ground of it needs one of the two. A list that starts here and then applies
	 * {@link #VISIBLE_CANDIDATE} loses nothing, and reads the households of one organisation instead of every household
	 * in the country.
	 */
	public static final String CANDIDATES = """
			CALL () {
			  MATCH (:Organization {id: $viewer.organizationId})<-[:RECORD_HELD_BY]-(h:Household)
			  RETURN h, true AS held
			  UNION
			  MATCH (viewed:Organization {id: $viewer.organizationId})<-[:TO]-(c:Consent)<-[:GAVE_CONSENT]-(h:Household)
			  WHERE c.withdrawnAt IS NULL AND NOT EXISTS { (h)-[:RECORD_HELD_BY]->(viewed) }
			  RETURN h, false AS held
			}""";

	/**
	 * {@link #VISIBLE} for a household bound by {@link #CANDIDATES}: the record holder's ground, already known there, is
	 * taken first, so a coordinator's list does not check the consents of every household the council holds. It
	 * implies VISIBLE, so the predicate means exactly VISIBLE.
	 */
	public static final String VISIBLE_CANDIDATE = "(CASE WHEN held AND $viewer.role IN ['COORDINATOR', 'MEMBER_STAFF'] THEN true ELSE "
			+ VISIBLE + " END)";

	/** A Cypher list expression: on what grounds {@code $viewer} sees {@code h} (for the audit log). */
	static final String GROUNDS = """
			CASE WHEN $viewer.role <> 'COMMISSIONED_VOLUNTEER'
			          AND EXISTS { (h)-[:RECORD_HELD_BY]->(:Organization {id: $viewer.organizationId}) } THEN ['RECORD_HOLDER']
			ELSE [$viewer.role] + [(h)-[:GAVE_CONSENT]->(c:Consent)-[:TO]->(:Organization {id: $viewer.organizationId})
			                       WHERE c.withdrawnAt IS NULL | 'CONSENT ' + c.scope + ' ' + c.id]
			END""";

	private HouseholdScope() {
	}
}
