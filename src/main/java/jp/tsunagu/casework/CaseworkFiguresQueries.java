package jp.tsunagu.casework;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.tsunagu.area.Area;
import jp.tsunagu.casework.CaseworkFigures.MonthCount;
import jp.tsunagu.casework.CaseworkFigures.MunicipalityFigures;
import jp.tsunagu.casework.CaseworkFigures.OrganizationFigures;
import jp.tsunagu.casework.CaseworkFigures.OutcomeCount;
import jp.tsunagu.casework.CaseworkFigures.StatusCount;
import jp.tsunagu.casework.CaseworkFigures.TimeToAccept;
import jp.tsunagu.graph.CypherTemplate;
import jp.tsunagu.graph.NodeValues;
import jp.tsunagu.household.JapanDate;
import jp.tsunagu.organization.Organization;
import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

import static jp.tsunagu.graph.CypherParameters.of;

/**
 * The casework figures of one organisation: the referrals it sent or received and the contacts it made; for a
 * coordinator also those about households living in the areas its council serves (a draft only when its own). Drafts
 * of others and voided contacts are not counted. The rows are read once and counted here.
 */
@Repository
class CaseworkFiguresQueries {

	private static final String MUNICIPALITY = "[(h)-[:LIVES_IN]->(:Area)-[:PART_OF*0..3]->(m:Municipality) | m][0]";

	private static final String REFERRALS = CypherTemplate.compose("""
			CALL () {
			  MATCH (:Organization {id: $organizationId})<-[:FROM|TO]-(r:Referral)
			  RETURN r
			  UNION
			  MATCH (:Organization {id: $organizationId})-[:SERVES]->(:Area)<-[:PART_OF*0..3]-(:Area)<-[:LIVES_IN]-(:Household)<-[:FOR]-(r:Referral)
			  WHERE $coordinator
			  RETURN r
			}
			WITH r WHERE ($from IS NULL OR r.createdAt >= $from) AND ($to IS NULL OR r.createdAt < $to)
			MATCH (r)-[:FROM]->(sender:Organization), (r)-[:TO]->(receiver:Organization), (r)-[:FOR]->(h:Household)
			WHERE r.status <> 'DRAFT' OR sender.id = $organizationId
			RETURN r.status AS status, r.outcome AS outcome, coalesce(r.requestedAt, r.createdAt) AS requestedAt,
			       r.acceptedAt AS acceptedAt, sender, receiver, {{municipality}} AS municipality""",
			Map.of("municipality", MUNICIPALITY));

	private static final String CONTACTS = CypherTemplate.compose("""
			CALL () {
			  MATCH (:Organization {id: $organizationId})<-[:MADE_BY]-(c:Contact)
			  RETURN c
			  UNION
			  MATCH (:Organization {id: $organizationId})-[:SERVES]->(:Area)<-[:PART_OF*0..3]-(:Area)<-[:LIVES_IN]-(:Household)<-[:ABOUT]-(c:Contact)
			  WHERE $coordinator
			  RETURN c
			}
			WITH c WHERE c.voidedAt IS NULL AND ($from IS NULL OR c.at >= $from) AND ($to IS NULL OR c.at < $to)
			MATCH (c)-[:ABOUT]->(h:Household)
			RETURN left(toString(date(datetime({datetime: c.at, timezone: '{{zone}}'}))), 7) AS month,
			       [(c)-[:MADE_BY]->(maker:Organization) | maker][0] AS maker, {{municipality}} AS municipality""",
			Map.of("municipality", MUNICIPALITY, "zone", JapanDate.ZONE.getId()));

	private final ReactiveNeo4jClient client;

	CaseworkFiguresQueries(ReactiveNeo4jClient client) {
		this.client = client;
	}

	Mono<CaseworkFigures> figures(Caller caller, LocalDate from, LocalDate to) {
		Map<String, Object> parameters = of("organizationId", caller.organizationId(), "coordinator",
				caller.role() == Role.COORDINATOR, "from", from == null ? null : from.atStartOfDay(JapanDate.ZONE),
				"to", to == null ? null : to.plusDays(1).atStartOfDay(JapanDate.ZONE));
		Mono<List<ReferralRow>> referrals = client.query(REFERRALS)
			.bindAll(parameters)
			.fetchAs(ReferralRow.class)
			.mappedBy((types, record) -> new ReferralRow(record.get("status").asString(),
					record.get("outcome").asString(null), NodeValues.dateTime(record, "requestedAt"),
					NodeValues.dateTime(record, "acceptedAt"), Organization.from(record.get("sender").asNode()),
					Organization.from(record.get("receiver").asNode()), area(record.get("municipality"))))
			.all()
			.collectList();
		Mono<List<ContactRow>> contacts = client.query(CONTACTS)
			.bindAll(parameters)
			.fetchAs(ContactRow.class)
			.mappedBy((types, record) -> new ContactRow(record.get("month").asString(),
					record.get("maker").isNull() ? null : Organization.from(record.get("maker").asNode()),
					area(record.get("municipality"))))
			.all()
			.collectList();
		return Mono.zip(referrals, contacts).map(both -> count(from, to, both.getT1(), both.getT2()));
	}

	private static Area area(Value value) {
		return value.isNull() ? null : Area.from(value.asNode());
	}

	private record ReferralRow(String status, String outcome, ZonedDateTime requestedAt, ZonedDateTime acceptedAt,
			Organization sender, Organization receiver, Area municipality) {

		boolean accepted() {
			return acceptedAt != null;
		}

		boolean completed() {
			return status.equals("COMPLETED");
		}
	}

	private record ContactRow(String month, Organization maker, Area municipality) {
	}

	static CaseworkFigures count(LocalDate from, LocalDate to, List<ReferralRow> referrals, List<ContactRow> contacts) {
		List<StatusCount> byStatus = countBy(referrals, ReferralRow::status).entrySet()
			.stream()
			.map(entry -> new StatusCount(entry.getKey(), entry.getValue()))
			.toList();
		List<OutcomeCount> outcomes = countBy(
				referrals.stream().filter(ReferralRow::completed).filter(row -> row.outcome() != null).toList(),
				ReferralRow::outcome)
			.entrySet()
			.stream()
			.map(entry -> new OutcomeCount(entry.getKey(), entry.getValue()))
			.toList();
		List<Double> hours = referrals.stream()
			.filter(ReferralRow::accepted)
			.map(row -> Duration.between(row.requestedAt(), row.acceptedAt()).toMinutes() / 60.0)
			.sorted()
			.toList();
		List<MonthCount> perMonth = countBy(contacts, ContactRow::month).entrySet()
			.stream()
			.map(entry -> new MonthCount(entry.getKey(), entry.getValue()))
			.toList();
		return new CaseworkFigures(from, to, byStatus, new TimeToAccept(hours.size(), median(hours), average(hours)),
				outcomes, perMonth, byOrganization(referrals, contacts), byMunicipality(referrals, contacts));
	}

	private static List<OrganizationFigures> byOrganization(List<ReferralRow> referrals, List<ContactRow> contacts) {
		Map<String, Organization> organizations = new LinkedHashMap<>();
		referrals.forEach(row -> {
			organizations.put(row.sender().id(), row.sender());
			organizations.put(row.receiver().id(), row.receiver());
		});
		contacts.stream().filter(row -> row.maker() != null).forEach(row -> organizations.put(row.maker().id(), row.maker()));
		return organizations.values()
			.stream()
			.map(organization -> {
				String id = organization.id();
				List<ReferralRow> received = referrals.stream().filter(row -> row.receiver().id().equals(id)).toList();
				return new OrganizationFigures(organization,
						(int) referrals.stream().filter(row -> row.sender().id().equals(id)).count(), received.size(),
						(int) received.stream().filter(ReferralRow::accepted).count(),
						(int) received.stream().filter(ReferralRow::completed).count(),
						(int) contacts.stream().filter(row -> row.maker() != null && row.maker().id().equals(id)).count());
			})
			.sorted(Comparator.comparing((OrganizationFigures figures) -> figures.organization().name()))
			.toList();
	}

	private static List<MunicipalityFigures> byMunicipality(List<ReferralRow> referrals, List<ContactRow> contacts) {
		Map<String, Area> areas = new TreeMap<>();
		referrals.stream().filter(row -> row.municipality() != null).forEach(row -> areas.put(row.municipality().code(), row.municipality()));
		contacts.stream().filter(row -> row.municipality() != null).forEach(row -> areas.put(row.municipality().code(), row.municipality()));
		List<MunicipalityFigures> figures = new ArrayList<>();
		areas.forEach((code, area) -> {
			List<ReferralRow> there = referrals.stream()
				.filter(row -> row.municipality() != null && row.municipality().code().equals(code))
				.toList();
			figures.add(new MunicipalityFigures(area, there.size(), (int) there.stream().filter(ReferralRow::accepted).count(),
					(int) there.stream().filter(ReferralRow::completed).count(),
					(int) contacts.stream().filter(row -> row.municipality() != null && row.municipality().code().equals(code)).count()));
		});
		return figures;
	}

	private static <T> Map<String, Integer> countBy(List<T> rows, Function<T, String> key) {
		return rows.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.summingInt(row -> 1)));
	}

	private static Double median(List<Double> sorted) {
		if (sorted.isEmpty()) {
			return null;
		}
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	private static Double average(List<Double> values) {
		return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
	}
}
