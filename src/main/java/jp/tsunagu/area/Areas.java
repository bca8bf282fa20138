package jp.tsunagu.area;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.api.UserErrors;
import jp.tsunagu.graph.CypherTemplate;
import jp.tsunagu.graph.MissingReferences;
import jp.tsunagu.graph.MissingReferences.Kind;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The rule every feature applies to the area codes it is given: the area must exist, and when it does not, the caller
 * is told so in one message, in English and Japanese. A query argument fails the request; a mutation's input field is
 * recorded in its user errors.
 */
@Component
public class Areas {

	/**
	 * Cypher, between two area patterns: the first area is the second or lies in it. Areas nest at most three deep
	 * (district, ward, municipality, prefecture).
	 */
	public static final String WITHIN = "-[:PART_OF*0..3]->";

	/** Cypher, between two area patterns: the first area is the second or contains it ({@link #WITHIN} reversed). */
	public static final String CONTAINING = "<-[:PART_OF*0..3]-";

	/**
	 * Cypher, a list expression: the 圏域 the area bound as {@code area} lies in, through its municipality (a district
	 * or ward lies in the 圏域 of its municipality). A 圏域 is a set of municipalities, not a level of the PART_OF chain.
	 */
	public static String regionsOf(String area) {
		return CypherTemplate.compose("[({{area}})-[:PART_OF*0..2]->(:Municipality)-[:IN_REGION]->(region:Region) | region]",
				Map.of("area", area));
	}

	/**
	 * Cypher, a subquery over the area bound as {@code area}: every jurisdiction a service can be available in to
	 * serve that area or a part of it, returned as {@code jurisdiction}. The area itself and the areas containing it
	 * (its municipality, its prefecture), the 圏域 it lies in, the areas within it (a municipality's districts, a
	 * prefecture's municipalities and 圏域) and, for a 圏域, its municipalities and what lies in them.
	 */
	public static final String JURISDICTIONS_OVERLAPPING = """
			CALL (area) {
			  MATCH (area)-[:PART_OF*0..3]->(jurisdiction:Area) RETURN jurisdiction
			  UNION
			  MATCH (jurisdiction:Area)-[:PART_OF*1..3]->(area) RETURN jurisdiction
			  UNION
			  MATCH (area)-[:PART_OF*0..2]->(:Municipality)-[:IN_REGION]->(jurisdiction:Region) RETURN jurisdiction
			  UNION
			  MATCH (jurisdiction:Area)-[:PART_OF*0..2]->(:Municipality)-[:IN_REGION]->(area) RETURN jurisdiction
			}""";

	/**
	 * Cypher, a predicate between two bound areas: a service available in {@code jurisdiction} serves {@code area}
	 * or a part of it ({@link #JURISDICTIONS_OVERLAPPING} as a test of one pair).
	 */
	public static String overlaps(String jurisdiction, String area) {
		return CypherTemplate.compose("""
				(EXISTS { ({{area}})-[:PART_OF*0..3]->({{jurisdiction}}) }
				 OR EXISTS { ({{jurisdiction}})-[:PART_OF*1..3]->({{area}}) }
				 OR EXISTS { ({{area}})-[:PART_OF*0..2]->(:Municipality)-[:IN_REGION]->({{jurisdiction}}) }
				 OR EXISTS { ({{jurisdiction}})-[:PART_OF*0..2]->(:Municipality)-[:IN_REGION]->({{area}}) })""",
				Map.of("jurisdiction", jurisdiction, "area", area));
	}

	private final MissingReferences references;

	Areas(MissingReferences references) {
		this.references = references;
	}

	/** What was found for a query argument's area code, or a bad-request error naming the argument when nothing was. */
	public static <T> Mono<T> require(Mono<T> found, String argument, String code) {
		return found.switchIfEmpty(Mono.error(() -> InvalidArgumentException.bilingual(argument,
				noAreaWithJa(List.of(code)), noAreaWithEn(List.of(code)))));
	}

	/** What was found for an input field's area code; when nothing was, empty, with the error recorded. */
	public static <T> Mono<T> require(Mono<T> found, String code, UserErrors errors, String field) {
		return found.switchIfEmpty(Mono.fromRunnable(
				() -> errors.add(field, noAreaWithJa(List.of(code)), noAreaWithEn(List.of(code)))));
	}

	/** Records, for an input field's area codes, those that name no area. */
	public Mono<UserErrors> requireAll(Collection<String> codes, UserErrors errors, String field) {
		return references.missing(Kind.AREA, codes)
			.map(missing -> missing.isEmpty() ? errors
					: errors.add(field, noAreaWithJa(missing), noAreaWithEn(missing)));
	}

	static String noAreaWithJa(Collection<String> codes) {
		return "コード " + String.join(", ", codes) + " の地域はありません";
	}

	static String noAreaWithEn(Collection<String> codes) {
		return "no area with code " + String.join(", ", codes);
	}
}
