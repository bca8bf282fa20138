package jp.tsunagu.discovery;

import java.time.LocalDate;
import java.util.List;

import jp.tsunagu.household.JapanDate;
import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who knows a household: on the demo household of 来住地区 and on a hand-built household with live, lapsed and
 * undated ties, an accepted referral, and a staff member whose organisation is in a network.
 */
class WhoKnowsIT extends DiscoveryTestSupport {

	private static final String ONO_HOUSEHOLD = "HH-282189-0001";

	@Test
	void theDemoHouseholdIsKnownByItsCouncilItsCorporationAndTheDistrictsVolunteers() {
		Caller fujiwara = caller(Role.COMMISSIONED_VOLUNTEER, "小野市民生委員児童委員協議会", "藤原 京子");
		String id = householdIdOf(ONO_HOUSEHOLD);
		GraphQlTester.Response response = patient(as(fujiwara)).documentName("discovery-who-knows")
			.variable("household", id)
			.execute();
		response.errors().verify();
		response.path("whoKnows.liveContactDays").entity(Integer.class).isEqualTo(180);
		response.path("whoKnows.knowers[*].node.name")
			.entityList(String.class)
			.containsExactly("藤原 京子", "社会福祉法人きすみ野福祉会", "小野市社会福祉協議会", "大西 秀樹");
		response.path("whoKnows.knowers[0].ties[*].kind")
			.entityList(String.class)
			.containsExactly("SUPPORTER", "DISTRICT_VOLUNTEER");
		response.path("whoKnows.knowers[0].lastContact").entity(String.class).isEqualTo("2026-10-20");
		response.path("whoKnows.knowers[2].ties[*].kind")
			.entityList(String.class)
			.containsExactly("SUPPORTER", "RECORD_HOLDER");
		response.path("whoKnows.networks[?(@.network.name == 'ほっとかへんネットおの')].knowers[*].name")
			.entityList(String.class)
			.contains("小野市社会福祉協議会", "社会福祉法人きすみ野福祉会");
		assertThat(auditEvents(fujiwara.username(), "whoKnows", id)).isEqualTo(1);
	}

	@Test
	void whoKnowsIsOneStatementPlusTheAuditWrite() {
		GraphQlTester ono = patient(as(caller(Role.COORDINATOR, "小野市社会福祉協議会", null)));
		String id = householdIdOf(ONO_HOUSEHOLD);
		ono.documentName("discovery-who-knows").variable("household", id).execute().errors().verify();
		statements.reset();
		long started = System.nanoTime();
		ono.documentName("discovery-who-knows").variable("household", id).execute().errors().verify();
		System.out.println("whoKnows warm: " + (System.nanoTime() - started) / 1_000_000 + " ms, " + statements.count()
				+ " statements");
		assertThat(statements.count()).isEqualTo(2);
	}

	@Test
	void aHouseholdOutOfScopeOrUnderDvProtectionIsMissing() {
		String ono = householdIdOf(ONO_HOUSEHOLD);
		expectBadRequest(patient(as(caller(Role.COORDINATOR, "宝塚市社会福祉協議会", null))).documentName("discovery-who-knows")
			.variable("household", ono)
			.execute(), "household", "no household with id " + ono);
		String dv = householdIdOf("HH-272051-0001");
		expectBadRequest(patient(as(caller(Role.COORDINATOR, "小野市社会福祉協議会", null))).documentName("discovery-who-knows")
			.variable("household", dv)
			.execute(), "household", "no household with id " + dv);
		patient(as(new Caller("test.whoknows.analyst", Role.ANALYST, null, null))).documentName("discovery-who-knows")
			.variable("household", ono)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
		assertThat(count("MATCH (e:AuditEvent {operation: 'whoKnows'}) WHERE e.at >= $started RETURN count(e)",
				"started", started())).isZero();
	}

	@Test
	void tiesAreLiveByRecentContactOrARecentStartAndLapsedOnesAreLeftOutUnlessAskedFor() {
		Graph graph = graph(List.of("food"));
		LocalDate today = JapanDate.today();
		String recent = graph.organization("最近連絡した法人");
		graph.supports(recent, "2020-01-01", today.minusDays(10).toString());
		graph.supports(graph.organization("連絡が途絶えた法人"), "2020-01-01", today.minusDays(400).toString());
		write("""
				MATCH (h:Household {id: $household})
				CREATE (new:Organization {id: randomUUID(), name: '支援を始めたばかりの法人', kind: 'NPO', archived: false, createdAt: datetime()})
				CREATE (old:Organization {id: randomUUID(), name: '昔から支援している法人', kind: 'NPO', archived: false, createdAt: datetime()})
				CREATE (new)-[:SUPPORTS {since: date($recently)}]->(h)
				CREATE (old)-[:SUPPORTS {since: date('2020-01-01')}]->(h)
				CREATE (accepting:Organization {id: randomUUID(), name: 'つなぎ先の法人', kind: 'NPO', archived: false, createdAt: datetime()})
				CREATE (:Referral {id: randomUUID(), status: 'ACCEPTED', respondedAt: datetime(), createdAt: datetime()})-[:FOR]->(h)
				CREATE (:Referral {id: randomUUID(), status: 'DECLINED', respondedAt: datetime(), createdAt: datetime()})-[:FOR]->(h)
				WITH h, accepting
				MATCH (r:Referral)-[:FOR]->(h)
				CREATE (r)-[:TO]->(accepting)""", "household", graph.household, "recently", today.minusDays(10).toString());
		write("""
				MATCH (h:Household {id: $household}), (recent:Organization {id: $recent})
				CREATE (staff:Person:StaffMember {id: randomUUID(), name: '相談員 テスト', archived: false, createdAt: datetime()})
				CREATE (staff)-[:WORKS_FOR {role: 'CSW'}]->(recent)
				CREATE (staff)-[:SUPPORTS {since: date('2024-01-01'), lastContact: date($recently)}]->(h)
				CREATE (recent)-[:MEMBER_OF {role: 'MEMBER'}]->(:Network {id: randomUUID(), name: 'テスト連絡会', networkKind: 'COUNCIL',
				        archived: false, createdAt: datetime()})""", "household", graph.household, "recent", recent,
				"recently", today.minusDays(5).toString());

		GraphQlTester.Response live = graph.tester.documentName("discovery-who-knows")
			.variable("household", graph.household)
			.execute();
		live.path("whoKnows.knowers[*].node.name")
			.entityList(String.class)
			.containsExactly("相談員 テスト", "最近連絡した法人", "つなぎ先の法人", "支援を始めたばかりの法人", "記録保有機関");
		live.path("whoKnows.knowers[2].ties[0].kind").entity(String.class).isEqualTo("REFERRAL_ACCEPTED");
		live.path("whoKnows.knowers[0].networks[*].name").entityList(String.class).containsExactly("テスト連絡会");
		live.path("whoKnows.networks[0].network.name").entity(String.class).isEqualTo("テスト連絡会");
		live.path("whoKnows.networks[0].knowers[*].name")
			.entityList(String.class)
			.containsExactly("相談員 テスト", "最近連絡した法人");

		GraphQlTester.Response all = graph.tester.documentName("discovery-who-knows")
			.variable("household", graph.household)
			.variable("includeLapsed", true)
			.execute();
		all.path("whoKnows.knowers[*].node.name")
			.entityList(String.class)
			.containsExactly("相談員 テスト", "最近連絡した法人", "つなぎ先の法人", "支援を始めたばかりの法人", "記録保有機関",
					"連絡が途絶えた法人", "昔から支援している法人");
		all.path("whoKnows.knowers[*].live")
			.entityList(Boolean.class)
			.containsExactly(true, true, true, true, true, false, false);
	}

	@Test
	void anAcceptedReferralDatesFromItsAcceptanceInJapan() {
		Graph graph = graph(List.of("food"));
		// 20:00 UTC on 10 January is 05:00 on 11 January in Japan
		graph.acceptedReferral(graph.organization("つなぎ先の法人"), "2026-01-10T20:00:00Z");
		GraphQlTester.Response response = graph.tester.documentName("discovery-who-knows")
			.variable("household", graph.household)
			.variable("includeLapsed", true)
			.execute();
		response.path("whoKnows.knowers[?(@.node.name == 'つなぎ先の法人')].ties[0].kind")
			.entityList(String.class)
			.containsExactly("REFERRAL_ACCEPTED");
		response.path("whoKnows.knowers[?(@.node.name == 'つなぎ先の法人')].ties[0].since")
			.entityList(String.class)
			.containsExactly("2026-01-11");
	}

	@Test
	void aVolunteerAssignedToTheMunicipalityOrThePrefectureKnowsTheHouseholdButNotOneOfAnotherDistrict() {
		Graph graph = graph(List.of("food"));
		graph.volunteer("地区の委員", "district");
		graph.volunteer("市の委員", "municipality");
		graph.volunteer("県の委員", "prefecture");
		graph.volunteer("別の地区の委員", "otherDistrict");
		GraphQlTester.Response response = graph.tester.documentName("discovery-who-knows")
			.variable("household", graph.household)
			.execute();
		assertThat(response.path("whoKnows.knowers[*].node.name").entityList(String.class).get())
			.containsExactlyInAnyOrder("地区の委員", "市の委員", "県の委員", "記録保有機関");
		response.path("whoKnows.knowers[?(@.node.name == '市の委員')].ties[*].kind")
			.entityList(String.class)
			.containsExactly("DISTRICT_VOLUNTEER");
		response.path("whoKnows.knowers[?(@.node.name == '市の委員')].ties[*].live")
			.entityList(Boolean.class)
			.containsExactly(true);
	}
}
