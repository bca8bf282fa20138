package jp.tsunagu.household;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** A household's own record: create, read with every child field, update, archive. */
class HouseholdIT extends HouseholdTestSupport {

	@Test
	void createsAPseudonymousHouseholdWithItsAreaAndIsolation() {
		Map<String, Object> input = householdInput("HH-T-0001");
		input.put("memberCount", 2);
		input.put("flags", List.of("EIGHTY_FIFTY", "HIKIKOMORI", "EIGHTY_FIFTY"));
		input.put("protection", "DV");
		input.put("isolationCodes", List.of("family", "neighborhood"));

		GraphQlTester.Response response = succeed("household-create", "createHousehold", input);

		response.path("createHousehold.household.code").entity(String.class).isEqualTo("HH-T-0001");
		response.path("createHousehold.household.flags").entityList(String.class).containsExactly("EIGHTY_FIFTY",
				"HIKIKOMORI");
		response.path("createHousehold.household.flagLabelsJa").entityList(String.class).containsExactly("8050",
				"ひきこもり");
		response.path("createHousehold.household.protection").entity(String.class).isEqualTo("DV");
		response.path("createHousehold.household.archived").entity(Boolean.class).isEqualTo(false);
		response.path("createHousehold.household.area.code").entity(String.class).isEqualTo(ONO);
		response.path("createHousehold.household.isolation[*].code").entityList(String.class)
			.containsExactly("family", "neighborhood");
		String id = response.path("createHousehold.household.id").entity(String.class).get();

		try (Session session = driver.session()) {
			Record stored = cypher(session, """
					MATCH (h:Household {id: $id})-[:LIVES_IN]->(:Municipality {code: $ono})
					RETURN h, keys(h) AS keys, COLLECT { MATCH (h)-[:ISOLATED_FROM]->(k) RETURN k.code ORDER BY k.code } AS isolation
					""", "id", id, "ono", ONO).single();
			Value household = stored.get("h");
			assertThat(stored.get("keys").asList(Value::asString)).containsExactlyInAnyOrder("id", "code",
					"memberCount", "flags", "protection", "archived", "createdAt", "updatedAt");
			assertThat(household.get("code").asString()).isEqualTo("HH-T-0001");
			assertThat(household.get("memberCount").asInt()).isEqualTo(2);
			assertThat(household.get("flags").asList(Value::asString)).containsExactly("EIGHTY_FIFTY", "HIKIKOMORI");
			assertThat(household.get("protection").asString()).isEqualTo("DV");
			assertThat(household.get("archived").asBoolean()).isFalse();
			assertThat(stored.get("isolation").asList(Value::asString)).containsExactly("family", "neighborhood");
		}
	}

	@Test
	void kindsOfIsolationMayBeNamedByTheirLabels() {
		Map<String, Object> input = householdInput("HH-T-ISO-1");
		input.put("isolationCodes", List.of("家族からの孤立", "Isolation from information"));

		assertThat(succeed("household-create", "createHousehold", input)
			.path("createHousehold.household.isolation[*].code")
			.entityList(String.class)
			.get()).containsExactlyInAnyOrder("family", "information");

		input.put("code", "HH-T-ISO-2");
		input.put("isolationCodes", List.of("宇宙からの孤立"));
		assertThat(fields(fail("household-create", "createHousehold", input))).containsExactly("isolationCodes");
	}

	@Test
	void aHouseholdWithoutProtectionOrFlagsGetsNoneAndAnEmptyList() {
		GraphQlTester.Response response = succeed("household-create", "createHousehold", householdInput("HH-T-0002"));

		response.path("createHousehold.household.protection").entity(String.class).isEqualTo("NONE");
		response.path("createHousehold.household.flags").entityList(String.class).hasSize(0);
		response.path("createHousehold.household.memberCount").valueIsNull();
		assertThat(count("MATCH (h:Household {code: 'HH-T-0002', protection: 'NONE'}) WHERE h.flags = [] RETURN count(h)"))
			.isEqualTo(1);
	}

	@Test
	void reportsEveryProblemOfACreateAndWritesNothing() {
		long before = count("MATCH (h:Household) RETURN count(h)");
		Map<String, Object> input = householdInput("山田 太郎");
		input.put("areaCode", "999999");
		input.put("memberCount", 21);
		input.put("flags", List.of("SINGLE_ELDERLY", "SINGLE_PARENT"));
		input.put("isolationCodes", List.of("family", "nonsense"));

		List<Map<String, Object>> errors = fail("household-create", "createHousehold", input);

		assertThat(fields(errors)).containsExactlyInAnyOrder("code", "areaCode", "memberCount", "flags",
				"isolationCodes");
		assertThat(messages(errors)).contains("コード 999999 の地域はありません", "must be between 1 and 20, was 21",
				"flags contradict each other: SINGLE_ELDERLY, SINGLE_PARENT", "no isolation kind with code nonsense");
		assertThat(count("MATCH (h:Household) RETURN count(h)")).isEqualTo(before);
	}

	/** A random code tells nothing: no municipality in it, and no refusal that would tell another household has it. */
	@Test
	void givesARandomCodeWhenNoneIsGiven() {
		Map<String, Object> input = householdInput(null);
		input.remove("code");
		String first = succeed("household-create", "createHousehold", input).path("createHousehold.household.code")
			.entity(String.class)
			.get();
		String second = succeed("household-create", "createHousehold", input).path("createHousehold.household.code")
			.entity(String.class)
			.get();

		assertThat(first).matches("HH-[0-9A-HJKMNP-TV-Z]{10}").doesNotContain(ONO);
		assertThat(second).matches("HH-[0-9A-HJKMNP-TV-Z]{10}").isNotEqualTo(first);
	}

	/** The code is checked last, against this organisation's own records, and only for input valid otherwise. */
	@Test
	void refusesAPrefectureAndFlagsThatDoNotFitTheMemberCountThenACodeTheOrganisationHolds() {
		household("HH-T-0003");
		Map<String, Object> input = householdInput("HH-T-0003");
		input.put("areaCode", HYOGO);
		input.put("memberCount", 3);
		input.put("flags", List.of("SINGLE_ELDERLY", "FREELANCE"));

		assertThat(messages(fail("household-create", "createHousehold", input))).containsExactlyInAnyOrder(
				"280003 is a prefecture; give the district, municipality or ward",
				"SINGLE_ELDERLY cannot describe a household of 3");
		assertThat(messages(fail("household-create", "createHousehold", householdInput("HH-T-0003"))))
			.containsExactly("HH-T-0003 is already the code of a household your organisation holds");
		assertThat(count("MATCH (h:Household {code: 'HH-T-0003'}) RETURN count(h)")).isEqualTo(1);
	}

	@Test
	void readsAHouseholdWithEveryChildField() {
		String id = household(input("code", "HH-T-0004", "areaCode", ONO, "memberCount", 1, "flags",
				List.of("SINGLE_ELDERLY"), "isolationCodes", List.of("information")));
		String council = organization("世帯テスト社協");
		String volunteer = person("世帯テスト 民生委員");
		succeed("household-set-issue", "setHouseholdIssue",
				input("householdId", id, "needCode", "loneliness", "status", "IN_PROGRESS", "since", "2024-04-01"));
		succeed("household-add-loan", "addLoan", input("householdId", id, "loanType", "EMERGENCY_SMALL_FUND",
				"amount", 200000, "decidedOn", "2020-05-01", "repaymentStatus", "EXEMPTED"));
		succeed("household-give-consent", "giveConsent", input("householdId", id, "scope", "CASE_CONFERENCE",
				"organizationIds", List.of(council), "givenAt", "2024-04-01T09:00:00+09:00"));
		succeed("household-add-support", "addSupport",
				input("householdId", id, "supporterId", council, "since", "2024-04-01", "lastContact", "2024-05-10"));
		succeed("household-add-support", "addSupport",
				input("householdId", id, "supporterId", volunteer, "since", "2023-12-01"));

		GraphQlTester.Response response = api().documentName("household-by-id").variable("id", id).execute();

		response.path("household.code").entity(String.class).isEqualTo("HH-T-0004");
		response.path("household.memberCount").entity(Integer.class).isEqualTo(1);
		response.path("household.flagLabelsJa").entityList(String.class).containsExactly("高齢単身");
		response.path("household.createdAt").hasValue();
		response.path("household.area.name").entity(String.class).isEqualTo("小野市");
		response.path("household.area.kind").entity(String.class).isEqualTo("MUNICIPALITY");
		response.path("household.issues[0].need.code").entity(String.class).isEqualTo("loneliness");
		response.path("household.issues[0].need.labelJa").entity(String.class).isEqualTo("孤独");
		response.path("household.issues[0].status").entity(String.class).isEqualTo("IN_PROGRESS");
		response.path("household.issues[0].statusLabelJa").entity(String.class).isEqualTo("対応中");
		response.path("household.issues[0].since").entity(String.class).isEqualTo("2024-04-01");
		response.path("household.isolation[0].labelJa").entity(String.class).isEqualTo("情報からの孤立");
		response.path("household.loans[0].loanTypeLabelJa").entity(String.class).isEqualTo("緊急小口資金");
		response.path("household.loans[0].amount").entity(Integer.class).isEqualTo(200000);
		response.path("household.loans[0].decidedOn").entity(String.class).isEqualTo("2020-05-01");
		response.path("household.loans[0].repaymentStatusLabelJa").entity(String.class).isEqualTo("免除");
		response.path("household.consents[0].scopeLabelJa").entity(String.class).isEqualTo("支援会議での共有");
		response.path("household.consents[0].givenAt").entity(String.class).isEqualTo("2024-04-01T09:00+09:00");
		response.path("household.consents[0].active").entity(Boolean.class).isEqualTo(true);
		response.path("household.consents[0].withdrawnAt").valueIsNull();
		response.path("household.consents[0].organizations[*].name").entityList(String.class)
			.containsExactly("世帯テスト社協");
		response.path("household.supporters[*].supporter.__typename").entityList(String.class)
			.containsExactly("Person", "Organization");
		response.path("household.supporters[0].supporter.name").entity(String.class).isEqualTo("世帯テスト 民生委員");
		response.path("household.supporters[0].lastContact").valueIsNull();
		response.path("household.supporters[1].supporter.id").entity(String.class).isEqualTo(council);
		response.path("household.supporters[1].since").entity(String.class).isEqualTo("2024-04-01");
		response.path("household.supporters[1].lastContact").entity(String.class).isEqualTo("2024-05-10");

		api().documentName("household-by-id").variable("id", "no-such-household").execute().path("household")
			.valueIsNull();
	}

	@Test
	void updatesOnlyWhatIsGivenAndReplacesAreaAndIsolation() {
		String district = district("hh-test", "世帯テスト地区");
		String id = household(input("code", "HH-T-0005", "areaCode", ONO, "memberCount", 2, "flags",
				List.of("DOUBLE_CARE"), "isolationCodes", List.of("family", "social_role")));

		GraphQlTester.Response response = succeed("household-update", "updateHousehold",
				input("id", id, "areaCode", district, "protection", "CRIME_VICTIM", "isolationCodes", List.of()));

		response.path("updateHousehold.household.memberCount").entity(Integer.class).isEqualTo(2);
		response.path("updateHousehold.household.flags").entityList(String.class).containsExactly("DOUBLE_CARE");
		response.path("updateHousehold.household.protection").entity(String.class).isEqualTo("CRIME_VICTIM");
		response.path("updateHousehold.household.area.code").entity(String.class).isEqualTo(district);
		response.path("updateHousehold.household.isolation").entityList(Object.class).hasSize(0);
		assertThat(count("""
				MATCH (h:Household {id: $id})
				WHERE COUNT { (h)-[:LIVES_IN]->() } = 1 AND EXISTS { (h)-[:LIVES_IN]->(:District {code: $district}) }
				  AND NOT EXISTS { (h)-[:ISOLATED_FROM]->() } AND h.updatedAt > h.createdAt
				RETURN count(h)""", "id", id, "district", district)).isEqualTo(1);

		succeed("household-update", "updateHousehold",
				input("id", id, "memberCount", 4, "flags", List.of("YOUNG_CARER", "DISABILITY")))
			.path("updateHousehold.household.flagLabelsJa")
			.entityList(String.class)
			.containsExactly("ヤングケアラー", "障害のある世帯員");
	}

	@Test
	void checksAnUpdateAgainstTheStoredHouseholdAndWritesNothing() {
		String id = household(input("code", "HH-T-0006", "areaCode", ONO, "memberCount", 1, "flags",
				List.of("SINGLE_ELDERLY")));
		String before = snapshot(id);

		assertThat(fail("household-update", "updateHousehold", input("id", id, "memberCount", 2)))
			.containsExactly(Map.of("field", "memberCount", "message", "SINGLE_ELDERLY cannot describe a household of 2"));
		assertThat(fail("household-update", "updateHousehold",
				input("id", id, "flags", List.of("ELDERLY_COUPLE"), "areaCode", "282139", "isolationCodes",
						List.of("nonsense"))))
			.containsExactlyInAnyOrder(
					Map.of("field", "flags", "message", "ELDERLY_COUPLE cannot describe a household of 1"),
					Map.of("field", "areaCode", "message", "コード 282139 の地域はありません"),
					Map.of("field", "isolationCodes", "message", "no isolation kind with code nonsense"));
		assertThat(snapshot(id)).isEqualTo(before);

		assertThat(fail("household-update", "updateHousehold", input("id", "no-such-household", "memberCount", 0)))
			.containsExactlyInAnyOrder(Map.of("field", "id", "message", "no household with id no-such-household"),
					Map.of("field", "memberCount", "message", "must be between 1 and 20, was 0"));
	}

	@Test
	void archivedHouseholdsLeaveListsStayReachableAndCannotChange() {
		String district = district("hh-archive", "世帯アーカイブ地区");
		String id = household(input("code", "HH-T-0007", "areaCode", district));

		succeed("household-archive", "archiveHousehold", input("id", id))
			.path("archiveHousehold.household.archived")
			.entity(Boolean.class)
			.isEqualTo(true);

		assertThat(codes(input("area", district))).isEmpty();
		assertThat(codes(input("area", district, "includeArchived", true))).containsExactly("HH-T-0007");
		api().documentName("household-by-id").variable("id", id).execute().path("household.archived")
			.entity(Boolean.class).isEqualTo(true);

		String before = snapshot(id);
		assertThat(fail("household-update", "updateHousehold", input("id", id, "memberCount", 3)))
			.containsExactly(Map.of("field", "id", "message", "household HH-T-0007 is archived and can no longer be changed"));
		assertThat(messages(fail("household-archive", "archiveHousehold", input("id", id))))
			.containsExactly("household HH-T-0007 is archived and can no longer be changed");
		assertThat(messages(fail("household-set-issue", "setHouseholdIssue",
				input("householdId", id, "needCode", "loneliness"))))
			.containsExactly("household HH-T-0007 is archived and can no longer be changed");
		assertThat(snapshot(id)).isEqualTo(before);
	}

	@Test
	void archivingAnUnknownHouseholdIsAUserError() {
		assertThat(fail("household-archive", "archiveHousehold", input("id", "no-such-household")))
			.containsExactly(Map.of("field", "id", "message", "no household with id no-such-household"));
	}
}
