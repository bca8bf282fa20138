package jp.tsunagu.network;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import static org.assertj.core.api.Assertions.assertThat;

/** The activity mutations: what they write, and that refused inputs write nothing. */
class ActivityMutationIT extends NetworkTestSupport {

	@Test
	void createsAnActivityWithItsAreasAndLead() {
		String lead = organization("テストフードバンク運営団体");
		Map<String, Object> input = activityInput(" テストフードバンク ", lead);
		input.put("description", "食品の寄付を受けて配る");
		input.put("since", "2020-06-01");
		input.put("heldInCodes", List.of(ONO, HYOGO));

		var response = graphQl.documentName("activity-create").variable("input", input).execute();

		response.path("createActivity.errors").entityList(Object.class).hasSize(0);
		response.path("createActivity.activity.name").entity(String.class).isEqualTo("テストフードバンク");
		response.path("createActivity.activity.kindLabelJa").entity(String.class).isEqualTo("フードバンク");
		response.path("createActivity.activity.since").entity(String.class).isEqualTo("2020-06-01");
		response.path("createActivity.activity.generated").entity(Boolean.class).isEqualTo(false);
		response.path("createActivity.activity.archived").entity(Boolean.class).isEqualTo(false);
		response.path("createActivity.activity.heldIn[*].code").entityList(String.class).containsExactly(HYOGO, ONO);
		response.path("createActivity.activity.runners[0].role").entity(String.class).isEqualTo("LEAD");
		response.path("createActivity.activity.runners[0].runner.id").entity(String.class).isEqualTo(lead);
		String id = response.path("createActivity.activity.id").entity(String.class).get();

		try (Session session = driver.session()) {
			Record written = session.run("""
					MATCH (:Organization {id: $lead})-[r:RUNS]->(a:Activity {id: $id})
					RETURN a, r.role AS role, COUNT { (a)-[:HELD_IN]->(:Area) WHERE true } AS areas""",
					Map.of("lead", lead, "id", id)).single();
			var node = written.get("a").asNode();
			assertThat(node.get("activityKind").asString()).isEqualTo("FOOD_BANK");
			assertThat(node.get("description").asString()).isEqualTo("食品の寄付を受けて配る");
			assertThat(node.get("since").asLocalDate()).hasToString("2020-06-01");
			assertThat(node.get("generated").asBoolean()).isFalse();
			assertThat(node.get("archived").asBoolean()).isFalse();
			assertThat(node.get("createdAt").isNull()).isFalse();
			assertThat(node.get("updatedAt").isNull()).isFalse();
			assertThat(written.get("role").asString()).isEqualTo("LEAD");
			assertThat(written.get("areas").asInt()).isEqualTo(2);
		}
	}

	@Test
	void aNetworkCanLeadAnActivity() {
		String network = network("テスト子ども食堂ネットワーク");
		Map<String, Object> input = activityInput("テスト子ども食堂", network);
		input.put("kind", "CHILDREN_CAFETERIA");
		String id = activity(input);

		graphQl.documentName("activity-by-id")
			.variable("id", id)
			.execute()
			.path("activity.runners[0].runner.__typename")
			.entity(String.class)
			.isEqualTo("Network");
		graphQl.documentName("network-by-id")
			.variable("id", network)
			.execute()
			.path("network.activities[0].activity.id")
			.entity(String.class)
			.isEqualTo(id)
			.path("network.activities[0].roleLabelJa")
			.entity(String.class)
			.isEqualTo("主催");
	}

	@Test
	void reportsEveryProblemOfACreateAndWritesNothing() {
		long before = count("MATCH (a:Activity) RETURN count(a)");
		Map<String, Object> input = activityInput("", "nobody");
		input.put("description", "x".repeat(4001));
		input.put("heldInCodes", List.of("999999"));

		List<Map<String, Object>> errors = errors("activity-create", "createActivity", "activity", input);

		assertThat(fieldsOf(errors)).containsExactlyInAnyOrder("name", "description", "heldInCodes", "leadId");
		assertThat(messagesOf(errors)).contains("コード 999999 の地域はありません", "no organisation or network with id nobody");
		assertThat(count("MATCH (a:Activity) RETURN count(a)")).isEqualTo(before);

		Map<String, Object> nowhere = activityInput("テストどこでもない活動", organization("テスト活動団体"));
		nowhere.put("heldInCodes", List.of());
		assertThat(messagesOf(errors("activity-create", "createActivity", "activity", nowhere)))
			.containsExactly("must name at least one area");
		assertThat(count("MATCH (a:Activity) RETURN count(a)")).isEqualTo(before);
	}

	@Test
	void refusesASecondActivityOfTheSameNameInTheSameArea() {
		String lead = organization("テスト重複活動団体");
		activity(activityInput("テスト出前講座", lead));

		assertThat(messagesOf(errors("activity-create", "createActivity", "activity", activityInput("テスト出前講座", lead))))
			.containsExactly("an activity named \"テスト出前講座\" is already held in " + ONO);
		assertThat(count("MATCH (a:Activity {name: 'テスト出前講座'}) RETURN count(a)")).isEqualTo(1);
	}

	@Test
	void updatesOnlyWhatIsGivenAndReplacesTheAreas() {
		String lead = organization("テスト更新活動団体");
		Map<String, Object> input = activityInput("テスト学習支援", lead);
		input.put("kind", "LEARNING_SUPPORT");
		input.put("description", "中学生の学習支援");
		String id = activity(input);

		graphQl.documentName("activity-update")
			.variable("input", Map.of("id", id, "since", "2021-01-10", "heldInCodes", List.of(HYOGO)))
			.execute()
			.path("updateActivity.errors")
			.entityList(Object.class)
			.hasSize(0)
			.path("updateActivity.activity.name")
			.entity(String.class)
			.isEqualTo("テスト学習支援")
			.path("updateActivity.activity.description")
			.entity(String.class)
			.isEqualTo("中学生の学習支援")
			.path("updateActivity.activity.since")
			.entity(String.class)
			.isEqualTo("2021-01-10")
			.path("updateActivity.activity.heldIn[*].code")
			.entityList(String.class)
			.containsExactly(HYOGO);
		assertThat(count("""
				MATCH (a:Activity {id: $id}) WHERE a.since = date('2021-01-10') AND a.updatedAt > a.createdAt
				RETURN COUNT { (a)-[:HELD_IN]->(:Area) WHERE true }""", "id", id)).isEqualTo(1);

		List<Map<String, Object>> errors = errors("activity-update", "updateActivity", "activity",
				Map.of("id", id, "name", " ", "heldInCodes", List.of("000000")));
		assertThat(fieldsOf(errors)).containsExactlyInAnyOrder("name", "heldInCodes");
		assertThat(count("MATCH (a:Activity {id: $id, name: 'テスト学習支援'})-[:HELD_IN]->(:Prefecture) RETURN count(a)",
				"id", id)).isEqualTo(1);
		assertThat(messagesOf(errors("activity-update", "updateActivity", "activity", Map.of("id", "nope"))))
			.containsExactly("no activity with id nope");
	}

	@Test
	void archivesAnActivity() {
		String id = activity(activityInput("テストアーカイブ活動", organization("テストアーカイブ活動団体")));
		graphQl.documentName("activity-archive")
			.variable("id", id)
			.execute()
			.path("archiveActivity.activity.archived")
			.entity(Boolean.class)
			.isEqualTo(true);
		assertThat(count("MATCH (a:Activity {id: $id}) WHERE a.archived RETURN count(a)", "id", id)).isEqualTo(1);
		graphQl.documentName("activities-list")
			.variable("filter", Map.of("text", "テストアーカイブ活動"))
			.execute()
			.path("activities.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
		graphQl.documentName("activity-archive")
			.variable("id", "nope")
			.execute()
			.path("archiveActivity.activity")
			.valueIsNull()
			.path("archiveActivity.errors[0].message")
			.entity(String.class)
			.isEqualTo("no activity with id nope");
	}

	@Test
	void addsPartnersChangesRolesAndKeepsALead() {
		String lead = organization("テスト主催団体");
		String partner = organization("テスト協力団体");
		String network = network("テスト協力ネットワーク");
		String id = activity(activityInput("テスト相談会", lead));

		graphQl.documentName("activity-add-runner")
			.variable("input", Map.of("activityId", id, "runnerId", partner))
			.execute()
			.path("addActivityRunner.errors")
			.entityList(Object.class)
			.hasSize(0)
			.path("addActivityRunner.activity.runners[*].role")
			.entityList(String.class)
			.containsExactly("LEAD", "PARTNER");
		graphQl.documentName("activity-add-runner")
			.variable("input", Map.of("activityId", id, "runnerId", network, "role", "PARTNER"))
			.executeAndVerify();
		assertThat(count("MATCH (x)-[r:RUNS {role: 'PARTNER'}]->(:Activity {id: $id}) RETURN count(r)", "id", id))
			.isEqualTo(2);

		assertThat(errors("activity-add-runner", "addActivityRunner", "activity",
				Map.of("activityId", id, "runnerId", lead, "role", "PARTNER")))
			.singleElement()
			.satisfies(e -> assertThat(e.get("field")).isEqualTo(List.of("input", "role")));
		assertThat(errors("activity-remove-runner", "removeActivityRunner", "activity",
				Map.of("activityId", id, "runnerId", lead)))
			.singleElement()
			.satisfies(e -> assertThat(e.get("message"))
				.isEqualTo("this runner is the activity's only lead; add another lead first"));

		graphQl.documentName("activity-add-runner")
			.variable("input", Map.of("activityId", id, "runnerId", partner, "role", "LEAD"))
			.executeAndVerify();
		graphQl.documentName("activity-add-runner")
			.variable("input", Map.of("activityId", id, "runnerId", lead, "role", "PARTNER"))
			.execute()
			.path("addActivityRunner.errors")
			.entityList(Object.class)
			.hasSize(0);
		assertThat(count("MATCH (x)-[r:RUNS]->(:Activity {id: $id}) RETURN count(r)", "id", id)).isEqualTo(3);
		assertThat(count("MATCH (:Organization {id: $p})-[r:RUNS {role: 'LEAD'}]->(:Activity {id: $id}) RETURN count(r)",
				"p", partner, "id", id)).isEqualTo(1);

		graphQl.documentName("network-member-ties")
			.variable("organizationId", lead)
			.variable("personId", "none")
			.execute()
			.path("organization.activities[0].activity.id")
			.entity(String.class)
			.isEqualTo(id)
			.path("organization.activities[0].role")
			.entity(String.class)
			.isEqualTo("PARTNER");
	}

	@Test
	void removesARunnerAndSaysWhenThereIsNone() {
		String lead = organization("テスト削除主催団体");
		String partner = organization("テスト削除協力団体");
		String id = activity(activityInput("テスト研修会", lead));
		graphQl.documentName("activity-add-runner")
			.variable("input", Map.of("activityId", id, "runnerId", partner))
			.executeAndVerify();

		graphQl.documentName("activity-remove-runner")
			.variable("input", Map.of("activityId", id, "runnerId", partner))
			.execute()
			.path("removeActivityRunner.errors")
			.entityList(Object.class)
			.hasSize(0)
			.path("removeActivityRunner.activity.runners[*].runner.id")
			.entityList(String.class)
			.containsExactly(lead);
		assertThat(count("MATCH (:Organization {id: $p})-[r:RUNS]->() RETURN count(r)", "p", partner)).isZero();

		assertThat(messagesOf(errors("activity-remove-runner", "removeActivityRunner", "activity",
				Map.of("activityId", id, "runnerId", partner))))
			.containsExactly(partner + " does not run this activity");
		assertThat(fieldsOf(errors("activity-remove-runner", "removeActivityRunner", "activity",
				Map.of("activityId", "nope", "runnerId", "nobody"))))
			.containsExactly("activityId", "runnerId");
		assertThat(fieldsOf(errors("activity-add-runner", "addActivityRunner", "activity",
				Map.of("activityId", "nope", "runnerId", "nobody"))))
			.containsExactly("activityId", "runnerId");
		assertThat(count("MATCH (x)-[r:RUNS]->(:Activity {id: $id}) RETURN count(r)", "id", id)).isEqualTo(1);
	}
}
