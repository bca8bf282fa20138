package jp.tsunagu.gaps;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.household.ContactProperties;
import jp.tsunagu.household.HouseholdAccess;
import jp.tsunagu.household.HouseholdFlag;
import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Screening of special-loan households: scores that explain themselves, weights from configuration, scope and audit. */
class LoanScreeningIT extends GapsTestSupport {

	@Autowired
	private HouseholdRanking ranking;

	@Autowired
	private ScreeningWeights configuredWeights;

	@Autowired
	private ContactProperties contact;

	@Test
	void suitaRanksArrearsAboveExemptionAboveAStaleTieEachWithItsReasons() {
		HttpGraphQlTester suita = patientAs(caller(Role.COORDINATOR, "吹田市社会福祉協議会", null));
		GraphQlTester.Response response = screen(suita, Map.of());
		assertThat(scores(response)).containsExactly("HH-272051-0004=85", "HH-272051-0001=45", "HH-272051-0003=30");
		response.path("loanScreening.edges[0].node.reasons[*].labelJa").entityList(String.class)
			.containsExactly("償還の滞納", "未解決の生活課題 (4件)", "償還猶予", "世帯の状況: 外国籍", "社会的孤立 (2類型)");
		response.path("loanScreening.edges[0].node.reasons[*].points").entityList(Integer.class)
			.containsExactly(30, 20, 15, 10, 10);
		response.path("loanScreening.edges[2].node.reasons[*].rule").entityList(String.class)
			.containsExactly("NO_RECENT_CONTACT", "OPEN_NEEDS", "HOUSEHOLD_FLAG");
		response.path("loanScreening.edges[2].node.reasons[2].flag").entity(String.class).isEqualTo("FREELANCE");
		everyScoreIsTheSumOfItsReasons(response);
	}

	@Test
	void theDvHouseholdIsShownToItsRecordHolderOnlyNotToAnotherCouncilWithConsent() {
		write("""
				MATCH (suita:Municipality {code: '272051'})
				CREATE (other:Organization:Council {id: randomUUID(), name: 'テスト吹田第二社協', kind: 'COUNCIL',
				        councilLevel: 'MUNICIPAL', archived: false, createdAt: datetime()})-[:SERVES]->(suita)
				WITH other
				MATCH (h:Household) WHERE h.code IN ['HH-272051-0001', 'HH-272051-0004']
				CREATE (h)-[:GAVE_CONSENT]->(:Consent {id: randomUUID(), scope: 'CASE_CONFERENCE', givenAt: datetime(),
				        createdAt: datetime()})-[:TO]->(other)""");
		GraphQlTester.Response other = screen(patientAs(caller(Role.COORDINATOR, "テスト吹田第二社協", null)), Map.of());
		assertThat(scores(other)).containsExactly("HH-272051-0004=85");
		other.path("loanScreening.totalCount").entity(Integer.class).isEqualTo(1);

		// out of scope altogether: 小野市社協 sees none of 吹田's borrowers, and counts none
		GraphQlTester.Response ono = screen(patientAs(caller(Role.COORDINATOR, "小野市社会福祉協議会", null)),
				Map.of("area", "272051"));
		ono.path("loanScreening.totalCount").entity(Integer.class).isEqualTo(0);
		assertThat(count("MATCH (e:AuditEvent {operation: 'loanScreening'}) WHERE e.at >= $started "
				+ "AND e.householdId = $dv RETURN count(e)", "started", started(), "dv", householdIdOf("HH-272051-0001")))
			.isEqualTo(0);
	}

	@Test
	void aHandBuiltTownRanksByTheConfiguredWeightsInOneStatementPlusTheAudit() {
		Caller holder = buildTown();
		HttpGraphQlTester api = patientAs(holder);

		statements.reset();
		GraphQlTester.Response response = screen(api, Map.of("area", "T-LOAN"));
		assertThat(statements.count()).isEqualTo(2);
		// L2: exempted 20 + deferred 15 + 2 open needs 10; L1: arrears 30 + single parent 10;
		// L3: no supporter 25 + one isolation kind 5; L4 has repaid and nothing else; N has no loan
		assertThat(scores(response)).containsExactly("T-LOAN-2=45", "T-LOAN-1=40", "T-LOAN-3=30", "T-LOAN-4=0");
		response.path("loanScreening.edges[3].node.reasons").entityList(Object.class).hasSize(0);
		everyScoreIsTheSumOfItsReasons(response);

		List<String> ids = response.path("loanScreening.edges[*].node.household.id").entityList(String.class).get();
		assertThat(count("""
				MATCH (e:AuditEvent {operation: 'loanScreening', action: 'READ', actor: $actor}) WHERE e.at >= $started
				  AND e.householdId IN $ids AND e.fields = ['id', 'code']
				RETURN count(DISTINCT e.householdId)""", "actor", holder.username(), "started", started(), "ids", ids))
			.isEqualTo(4);

		GraphQlTester.Response first = screen(api, Map.of("area", "T-LOAN", "first", 2));
		assertThat(scores(first)).containsExactly("T-LOAN-2=45", "T-LOAN-1=40");
		first.path("loanScreening.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		GraphQlTester.Response second = screen(api, Map.of("area", "T-LOAN", "first", 2, "after",
				first.path("loanScreening.pageInfo.endCursor").entity(String.class).get()));
		assertThat(scores(second)).containsExactly("T-LOAN-3=30", "T-LOAN-4=0");
		second.path("loanScreening.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		second.path("loanScreening.totalCount").entity(Integer.class).isEqualTo(4);
	}

	@Test
	void otherWeightsChangeTheOrder() {
		Caller holder = buildTown();
		HouseholdAccess access = new HouseholdAccess(holder, "loanScreening", List.of("id"), "test");
		Map<HouseholdFlag, Integer> flags = new HashMap<>(configuredWeights.flags());
		ScreeningWeights arrearsFirst = new ScreeningWeights(100, 0, 0, 1, 0, 0, 0, 0, 0, flags);
		Connection<ScreenedHousehold> page = new LoanScreeningQueries(ranking, arrearsFirst, contact)
			.screen(access, "T-LOAN", PageRequest.of(20, null))
			.block();
		assertThat(page.nodes()).extracting(row -> row.household().code() + "=" + row.score())
			.containsExactly("T-LOAN-1=110", "T-LOAN-2=2", "T-LOAN-3=0", "T-LOAN-4=0");
		assertThat(page.nodes().get(0).reasons()).extracting(ScreeningReason::rule)
			.containsExactly(ScreeningRule.IN_ARREARS, ScreeningRule.HOUSEHOLD_FLAG);
	}

	@Test
	void noRecentContactFollowsTheLiveContactSettingOfLostConnections() {
		Caller holder = buildTown();
		HouseholdAccess access = new HouseholdAccess(holder, "loanScreening", List.of("id"), "test");
		// the supporters of L1, L2 and L4 were last in contact 5 days ago: live for 5 days, lapsed for 4
		assertThat(screenWithLiveDays(access, 5).nodes()).extracting(row -> row.household().code() + "=" + row.score())
			.containsExactly("T-LOAN-2=45", "T-LOAN-1=40", "T-LOAN-3=30", "T-LOAN-4=0");
		Connection<ScreenedHousehold> lapsed = screenWithLiveDays(access, 4);
		assertThat(lapsed.nodes()).extracting(row -> row.household().code() + "=" + row.score())
			.containsExactly("T-LOAN-2=60", "T-LOAN-1=55", "T-LOAN-3=30", "T-LOAN-4=15");
		assertThat(lapsed.nodes().get(3).reasons()).extracting(ScreeningReason::rule)
			.containsExactly(ScreeningRule.NO_RECENT_CONTACT);
		// L3 has nobody: no supporter, never "no recent contact"
		assertThat(lapsed.nodes().get(2).reasons()).extracting(ScreeningReason::rule)
			.doesNotContain(ScreeningRule.NO_RECENT_CONTACT);

		// and the same setting decides lostConnections: with 4 days, L2's only supporter has lapsed there too
		Connection<LostConnection> lost = new LostConnectionQueries(ranking, new ContactProperties(4))
			.lostConnections(new HouseholdAccess(holder, "lostConnections", List.of("id"), "test"), "T-LOAN", null,
					PageRequest.of(20, null))
			.block();
		assertThat(lost.nodes()).extracting(row -> row.household().code() + " " + row.reason())
			.contains("T-LOAN-2 NO_RECENT_CONTACT");
	}

	@Test
	void refusesAnUnknownAreaAndReadsABlankOneAsEveryArea() {
		HttpGraphQlTester suita = patientAs(caller(Role.COORDINATOR, "吹田市社会福祉協議会", null));
		screen(suita, Map.of("area", "no-such-area")).errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).isEqualTo("area: コード no-such-area の地域はありません");
			}));
		assertThat(scores(screen(suita, Map.of("area", "  ")))).containsExactly("HH-272051-0004=85",
				"HH-272051-0001=45", "HH-272051-0003=30");
		assertThat(count("MATCH (e:AuditEvent {operation: 'loanScreening'}) WHERE e.at >= $started RETURN count(e)",
				"started", started())).isEqualTo(3);
	}

	@Test
	void onlyCoordinatorsScreenLoans() {
		for (Role role : List.of(Role.MEMBER_STAFF, Role.COMMISSIONED_VOLUNTEER, Role.ANALYST, Role.ADMINISTRATOR)) {
			screen(patientAs(new Caller("test.gaps." + role.name().toLowerCase(), role, null, null)), Map.of()).errors()
				.satisfy(errors -> assertThat(errors).as(role.name())
					.singleElement()
					.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
		}
		screen(patientAnonymous(), Map.of()).errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.UNAUTHORIZED)));
	}

	private Connection<ScreenedHousehold> screenWithLiveDays(HouseholdAccess access, int liveDays) {
		return new LoanScreeningQueries(ranking, configuredWeights, new ContactProperties(liveDays))
			.screen(access, "T-LOAN", PageRequest.of(20, null))
			.block();
	}

	private static GraphQlTester.Response screen(HttpGraphQlTester tester, Map<String, Object> variables) {
		GraphQlTester.Request<?> request = tester.documentName("gaps-loan-screening");
		variables.forEach(request::variable);
		return request.execute();
	}

	private static List<String> scores(GraphQlTester.Response response) {
		List<Map> nodes = response.path("loanScreening.edges[*].node").entityList(Map.class).get();
		return nodes.stream().map(node -> ((Map<?, ?>) node.get("household")).get("code") + "=" + node.get("score")).toList();
	}

	private static void everyScoreIsTheSumOfItsReasons(GraphQlTester.Response response) {
		List<Map> nodes = response.path("loanScreening.edges[*].node").entityList(Map.class).get();
		assertThat(nodes).isNotEmpty().allSatisfy(node -> assertThat(((List<?>) node.get("reasons")).stream()
			.mapToInt(reason -> ((Number) ((Map<?, ?>) reason).get("points")).intValue())
			.sum()).isEqualTo(node.get("score")));
	}

	/**
	 * Town T-LOAN with its council holding the records. L1: arrears, single parent, a recent supporter; L2: exempted and
	 * deferred, two open needs, a recent supporter; L3: repaying, no supporter, isolated from neighbours; L4: repaid, a
	 * recent supporter; N: no loan, everything else wrong.
	 */
	private Caller buildTown() {
		write("""
				MATCH (hyogo:Prefecture {code: '280003'})
				CREATE (t:Area:Municipality {id: randomUUID(), code: 'T-LOAN', name: 'テスト貸付町', archived: false,
				        createdAt: datetime()})-[:PART_OF]->(hyogo)
				CREATE (holder:Organization:Council {id: randomUUID(), name: 'テスト貸付町社会福祉協議会', kind: 'COUNCIL',
				        councilLevel: 'MUNICIPAL', archived: false, createdAt: datetime()})-[:SERVES]->(t)
				WITH t, holder, date({timezone: 'Asia/Tokyo'}) AS today
				UNWIND [
				  {n: '1', flags: ['SINGLE_PARENT'], loans: ['IN_ARREARS'], open: 0, supported: true, isolated: false},
				  {n: '2', flags: [], loans: ['EXEMPTED', 'DEFERRED'], open: 2, supported: true, isolated: false},
				  {n: '3', flags: [], loans: ['REPAYING'], open: 0, supported: false, isolated: true},
				  {n: '4', flags: [], loans: ['COMPLETED'], open: 0, supported: true, isolated: false},
				  {n: 'N', flags: ['SINGLE_PARENT', 'HIKIKOMORI'], loans: [], open: 2, supported: false, isolated: true}
				] AS row
				CREATE (h:Household {id: randomUUID(), code: 'T-LOAN-' + row.n, memberCount: 2, flags: row.flags,
				        protection: 'NONE', archived: false, createdAt: datetime()})-[:LIVES_IN]->(t)
				CREATE (h)-[:RECORD_HELD_BY]->(holder)
				WITH h, row, today
				CALL (h, row) {
				  UNWIND row.loans AS status
				  CREATE (h)-[:HAS_LOAN]->(:Loan {id: randomUUID(), loanType: 'EMERGENCY_SMALL_FUND', amount: 200000,
				          decidedOn: date('2020-05-01'), repaymentStatus: status, createdAt: datetime()})
				}
				CALL (h, row) {
				  MATCH (n:Need) WHERE n.code IN ['household_finance', 'debt'][0..row.open]
				  CREATE (h)-[:HAS_ISSUE {status: 'IN_PROGRESS', since: date('2024-01-01')}]->(n)
				}
				CALL (h, row, today) {
				  WITH h, today WHERE row.supported
				  CREATE (:Person {id: randomUUID(), name: 'テスト貸付支援者 ' + row.n, archived: false, createdAt: datetime()})
				         -[:SUPPORTS {since: date('2020-01-01'), lastContact: today - duration({days: 5})}]->(h)
				}
				CALL (h, row) {
				  MATCH (k:IsolationKind {code: 'neighborhood'}) WHERE row.isolated
				  CREATE (h)-[:ISOLATED_FROM]->(k)
				}""");
		return caller(Role.COORDINATOR, "テスト貸付町社会福祉協議会", null);
	}
}
