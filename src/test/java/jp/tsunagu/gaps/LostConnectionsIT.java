package jp.tsunagu.gaps;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.household.ContactProperties;
import jp.tsunagu.household.HouseholdAccess;
import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Households whose connections are being lost: ranked, scoped and audited. */
class LostConnectionsIT extends GapsTestSupport {

	@Autowired
	private HouseholdRanking ranking;

	@Autowired
	private ContactProperties contact;

	@Test
	void onoHasAHouseholdWithNoSupporterThenOneWhoseOnlySupporterHasNotCalledForAYear() {
		HttpGraphQlTester ono = patientAs(caller(Role.COORDINATOR, "小野市社会福祉協議会", null));
		GraphQlTester.Response response = lost(ono, Map.of());
		response.path("lostConnections.totalCount").entity(Integer.class).isEqualTo(2);
		// the borrower whose record the council holds but whom nobody supports (失業・生活苦, 特例貸付 in arrears)
		response.path("lostConnections.edges[0].node.household.code").entity(String.class).isEqualTo("HH-282189-0005");
		response.path("lostConnections.edges[0].node.reason").entity(String.class).isEqualTo("NO_SUPPORTER");
		response.path("lostConnections.edges[0].node.supporterCount").entity(Integer.class).isEqualTo(0);
		response.path("lostConnections.edges[0].node.lastContact").valueIsNull();
		response.path("lostConnections.edges[0].node.openNeedCount").entity(Integer.class).isEqualTo(2);
		response.path("lostConnections.edges[1].node.household.code").entity(String.class).isEqualTo("HH-282189-0004");
		response.path("lostConnections.edges[1].node.reason").entity(String.class).isEqualTo("NO_RECENT_CONTACT");
		response.path("lostConnections.edges[1].node.reasonLabelJa").entity(String.class).isEqualTo("最近の接触がない");
		response.path("lostConnections.edges[1].node.supporterCount").entity(Integer.class).isEqualTo(1);
		response.path("lostConnections.edges[1].node.lastContact").entity(String.class).isEqualTo("2025-11-20");
		response.path("lostConnections.edges[1].node.daysSinceContact").entity(Integer.class)
			.isEqualTo((int) ChronoUnit.DAYS.between(LocalDate.of(2025, 11, 20), LocalDate.now(ZoneId.of("Asia/Tokyo"))));
		response.path("lostConnections.edges[1].node.openNeedCount").entity(Integer.class).isEqualTo(4);
	}

	@Test
	void suitaSeesAStaleTieFirstThenASingleSupporterButNothingOfOno() {
		HttpGraphQlTester suita = patientAs(caller(Role.COORDINATOR, "吹田市社会福祉協議会", null));
		lost(suita, Map.of()).path("lostConnections.edges[*].node.household.code").entityList(String.class)
			.containsExactly("HH-272051-0003", "HH-272051-0002");
		lost(suita, Map.of("area", "282189")).path("lostConnections.totalCount").entity(Integer.class).isEqualTo(0);
		// a coordinator of another council sees none of 吹田's households, and the total does not count them
		HttpGraphQlTester ono = patientAs(caller(Role.COORDINATOR, "小野市社会福祉協議会", null));
		GraphQlTester.Response outOfScope = lost(ono, Map.of("area", "272051"));
		outOfScope.path("lostConnections.totalCount").entity(Integer.class).isEqualTo(0);
		outOfScope.path("lostConnections.edges").entityList(Object.class).hasSize(0);
	}

	@Test
	void aHandBuiltTownIsRankedNoSupporterThenStaleThenSingle() {
		Town town = buildTown();
		HttpGraphQlTester holder = patientAs(town.holder());
		GraphQlTester.Response response = lost(holder, Map.of("area", "T-LOST"));
		assertThat(rows(response)).containsExactly("T-LOST-7 NO_SUPPORTER 0 null 2", "T-LOST-1 NO_SUPPORTER 0 null 1",
				"T-LOST-8 NO_SUPPORTER 0 null 1", "T-LOST-2 NO_RECENT_CONTACT 2 400 1", "T-LOST-3 NO_RECENT_CONTACT 1 200 1",
				"T-LOST-4 SINGLE_SUPPORTER 1 10 1");
		response.path("lostConnections.totalCount").entity(Integer.class).isEqualTo(6);

		// a longer threshold: 200 days is recent enough, and T-LOST-3 has a single supporter
		assertThat(rows(lost(holder, Map.of("area", "T-LOST", "staleDays", 300)))).containsExactly(
				"T-LOST-7 NO_SUPPORTER 0 null 2", "T-LOST-1 NO_SUPPORTER 0 null 1", "T-LOST-8 NO_SUPPORTER 0 null 1",
				"T-LOST-2 NO_RECENT_CONTACT 2 400 1", "T-LOST-3 SINGLE_SUPPORTER 1 200 1", "T-LOST-4 SINGLE_SUPPORTER 1 10 1");

		List<String> paged = new ArrayList<>();
		String after = null;
		for (int page = 0; page < 3; page++) {
			Map<String, Object> variables = new HashMap<>(Map.of("area", "T-LOST", "first", 2));
			variables.put("after", after);
			GraphQlTester.Response one = lost(holder, variables);
			one.path("lostConnections.totalCount").entity(Integer.class).isEqualTo(6);
			paged.addAll(one.path("lostConnections.edges[*].node.household.code").entityList(String.class).get());
			after = one.path("lostConnections.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(paged).containsExactly("T-LOST-7", "T-LOST-1", "T-LOST-8", "T-LOST-2", "T-LOST-3", "T-LOST-4");
	}

	@Test
	void withoutStaleDaysTheConfiguredLiveContactDaysDecide() {
		Town town = buildTown();
		HttpGraphQlTester holder = patientAs(town.holder());
		List<String> omitted = rows(lost(holder, Map.of("area", "T-LOST")));
		assertThat(omitted).isEqualTo(rows(lost(holder, Map.of("area", "T-LOST", "staleDays", contact.liveDays()))))
			.contains("T-LOST-3 NO_RECENT_CONTACT 1 200 1");

		// with live-days 300, T-LOST-3's contact 200 days ago is live: it has a single supporter, as with staleDays 300
		HouseholdAccess access = new HouseholdAccess(town.holder(), "lostConnections", List.of("id"), "test");
		LostConnectionQueries longer = new LostConnectionQueries(ranking, new ContactProperties(300));
		assertThat(codesAndReasons(longer.lostConnections(access, "T-LOST", null, PageRequest.of(20, null)).block()))
			.containsExactly("T-LOST-7 NO_SUPPORTER", "T-LOST-1 NO_SUPPORTER", "T-LOST-8 NO_SUPPORTER",
					"T-LOST-2 NO_RECENT_CONTACT", "T-LOST-3 SINGLE_SUPPORTER", "T-LOST-4 SINGLE_SUPPORTER");
		// a staleDays given wins over the setting
		assertThat(codesAndReasons(longer.lostConnections(access, "T-LOST", 180, PageRequest.of(20, null)).block()))
			.contains("T-LOST-3 NO_RECENT_CONTACT");
	}

	@Test
	void refusesAnUnknownAreaAndReadsABlankOneAsEveryArea() {
		HttpGraphQlTester suita = patientAs(caller(Role.COORDINATOR, "吹田市社会福祉協議会", null));
		lost(suita, Map.of("area", "no-such-area")).errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).isEqualTo("area: コード no-such-area の地域はありません");
			}));
		assertThat(count("MATCH (e:AuditEvent) WHERE e.at >= $started RETURN count(e)", "started", started()))
			.isEqualTo(0);
		lost(suita, Map.of("area", " ")).path("lostConnections.edges[*].node.household.code")
			.entityList(String.class)
			.containsExactly("HH-272051-0003", "HH-272051-0002");
	}

	@Test
	void aDvHouseholdIsShownOnlyToItsRecordHolderNotToAnotherCouncilWithConsent() {
		Town town = buildTown();
		// the neighbouring council serves the town and holds consents of T-LOST-1 and of the DV household T-LOST-8
		GraphQlTester.Response neighbour = lost(patientAs(town.neighbour()), Map.of("area", "T-LOST"));
		neighbour.path("lostConnections.edges[*].node.household.code").entityList(String.class)
			.containsExactly("T-LOST-1");
		neighbour.path("lostConnections.totalCount").entity(Integer.class).isEqualTo(1);

		lost(patientAs(town.holder()), Map.of("area", "T-LOST", "staleDays", 1000, "first", 100))
			.path("lostConnections.edges[*].node.household.code")
			.entityList(String.class)
			.contains("T-LOST-8");
	}

	@Test
	void everyHouseholdOnThePageIsAuditedInOneStatementAfterTheRead() {
		Town town = buildTown();
		HttpGraphQlTester holder = patientAs(town.holder());

		statements.reset();
		List<String> ids = lost(holder, Map.of("area", "T-LOST", "first", 3))
			.path("lostConnections.edges[*].node.household.id")
			.entityList(String.class)
			.hasSize(3)
			.get();
		// the ranked page with its total, then the audit of its three households
		assertThat(statements.count()).isEqualTo(2);

		assertThat(count("""
				MATCH (e:AuditEvent {operation: 'lostConnections', action: 'READ', actor: $actor}) WHERE e.at >= $started
				  AND e.householdId IN $ids AND e.fields = ['id', 'code'] AND e.grounds = ['RECORD_HOLDER']
				RETURN count(e)""", "actor", town.holder().username(), "started", started(), "ids", ids))
			.isEqualTo(3);
		// nothing for the households left off the page, though the total counted them
		assertThat(count("MATCH (e:AuditEvent) WHERE e.at >= $started RETURN count(e)", "started", started()))
			.isEqualTo(3);
	}

	@Test
	void refusesANonPositiveThresholdAndRolesWithoutHouseholds() {
		lost(patientAs(caller(Role.COORDINATOR, "小野市社会福祉協議会", null)), Map.of("staleDays", 0)).errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).isEqualTo("staleDays: must be 1 or more, was 0");
			}));
		lost(patientAnonymous(), Map.of()).errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.UNAUTHORIZED)));
		// staff and 民生委員 may ask; without ties or consents they see nobody
		for (Role role : List.of(Role.MEMBER_STAFF, Role.COMMISSIONED_VOLUNTEER)) {
			GraphQlTester.Response response = lost(
					patientAs(new Caller("test.gaps." + role.name().toLowerCase(), role, null, null)), Map.of());
			response.errors().verify();
			response.path("lostConnections.totalCount").entity(Integer.class).isEqualTo(0);
		}
		for (Role role : List.of(Role.ANALYST, Role.ADMINISTRATOR)) {
			lost(patientAs(new Caller("test.gaps." + role.name().toLowerCase(), role, null, null)), Map.of()).errors()
				.satisfy(errors -> assertThat(errors).as(role.name())
					.singleElement()
					.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
		}
	}

	private static GraphQlTester.Response lost(HttpGraphQlTester tester, Map<String, Object> variables) {
		GraphQlTester.Request<?> request = tester.documentName("gaps-lost-connections");
		variables.forEach(request::variable);
		return request.execute();
	}

	private static List<String> codesAndReasons(Connection<LostConnection> page) {
		return page.nodes().stream().map(row -> row.household().code() + " " + row.reason()).toList();
	}

	/** Each row as "code reason supporters days openNeeds". */
	private static List<String> rows(GraphQlTester.Response response) {
		List<Map> edges = response.path("lostConnections.edges[*].node").entityList(Map.class).get();
		return edges.stream()
			.map(node -> ((Map<?, ?>) node.get("household")).get("code") + " " + node.get("reason") + " "
					+ node.get("supporterCount") + " " + node.get("daysSinceContact") + " " + node.get("openNeedCount"))
			.toList();
	}

	record Town(Caller holder, Caller neighbour) {
	}

	/**
	 * Town T-LOST (in 兵庫県), its record-holding council and a neighbouring council that serves it. Households, each
	 * with open needs unless said: 1 no supporter; 2 two supporters, last contact 400 days ago; 3 one, 200 days ago;
	 * 4 one, 10 days ago; 5 two, recent (not lost); 6 no supporter but no open need (not lost); 7 only an archived
	 * supporter and two open needs; 8 DV, no supporter. The neighbour holds consents of 1 and 8.
	 */
	private Town buildTown() {
		write("""
				MATCH (hyogo:Prefecture {code: '280003'})
				CREATE (t:Area:Municipality {id: randomUUID(), code: 'T-LOST', name: 'テスト町', archived: false,
				        createdAt: datetime()})-[:PART_OF]->(hyogo)
				CREATE (holder:Organization:Council {id: randomUUID(), name: 'テスト町社会福祉協議会', kind: 'COUNCIL',
				        councilLevel: 'MUNICIPAL', archived: false, createdAt: datetime()})-[:SERVES]->(t)
				CREATE (neighbour:Organization:Council {id: randomUUID(), name: 'テスト隣町社会福祉協議会', kind: 'COUNCIL',
				        councilLevel: 'MUNICIPAL', archived: false, createdAt: datetime()})-[:SERVES]->(t)
				CREATE (gone:Organization {id: randomUUID(), name: 'テスト解散NPO', kind: 'NPO', archived: true, createdAt: datetime()})
				WITH t, holder, neighbour, gone, date({timezone: 'Asia/Tokyo'}) AS today
				UNWIND [
				  {n: 1, protection: 'NONE', open: 1, contacts: []},
				  {n: 2, protection: 'NONE', open: 1, contacts: [400, 410]},
				  {n: 3, protection: 'NONE', open: 1, contacts: [200]},
				  {n: 4, protection: 'NONE', open: 1, contacts: [10]},
				  {n: 5, protection: 'NONE', open: 1, contacts: [10, 20]},
				  {n: 6, protection: 'NONE', open: 0, contacts: []},
				  {n: 7, protection: 'NONE', open: 2, contacts: []},
				  {n: 8, protection: 'DV', open: 1, contacts: []}
				] AS row
				CREATE (h:Household {id: randomUUID(), code: 'T-LOST-' + row.n, memberCount: 1, flags: [],
				        protection: row.protection, archived: false, createdAt: datetime()})-[:LIVES_IN]->(t)
				CREATE (h)-[:RECORD_HELD_BY]->(holder)
				WITH h, row, today, neighbour, gone
				CALL (h, row) {
				  MATCH (n:Need) WHERE n.code IN ['household_finance', 'isolation'][0..row.open]
				  CREATE (h)-[:HAS_ISSUE {status: 'OPEN', since: date('2024-01-01')}]->(n)
				}
				CALL (h, row) {
				  MATCH (n:Need {code: 'employment'}) WHERE row.open = 0
				  CREATE (h)-[:HAS_ISSUE {status: 'RESOLVED', since: date('2024-01-01')}]->(n)
				}
				CALL (h, row, today) {
				  UNWIND range(0, size(row.contacts) - 1) AS i
				  CREATE (:Person {id: randomUUID(), name: 'テスト支援者 ' + row.n + '-' + i, kind: 'STAFF', archived: false,
				          createdAt: datetime()})-[:SUPPORTS {since: date('2020-01-01'), lastContact: today - duration({days: row.contacts[i]})}]->(h)
				}
				CALL (h, row, gone) {
				  WITH h, gone WHERE row.n = 7
				  CREATE (gone)-[:SUPPORTS {since: date('2020-01-01'), lastContact: date('2026-01-01')}]->(h)
				}
				CALL (h, row, neighbour) {
				  WITH h, neighbour WHERE row.n IN [1, 8]
				  CREATE (h)-[:GAVE_CONSENT]->(c:Consent {id: randomUUID(), scope: 'CASE_CONFERENCE', givenAt: datetime(),
				          createdAt: datetime()})-[:TO]->(neighbour)
				}""");
		return new Town(caller(Role.COORDINATOR, "テスト町社会福祉協議会", null),
				caller(Role.COORDINATOR, "テスト隣町社会福祉協議会", null));
	}
}
