package jp.tsunagu.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading activities: by id, filtered lists, Relay pages, and no N+1. */
class ActivityIT extends NetworkTestSupport {

	@Test
	void readsAnActivityWithWhereItIsHeldAndWhoRunsIt() {
		String lead = organization("活動読取テスト主催");
		String partner = network("活動読取テスト協力会議");
		Map<String, Object> input = activityInput("活動読取テスト居場所", lead);
		input.put("kind", "PLACE_TO_BELONG");
		input.put("description", "誰でも来られる居場所");
		String id = activity(input);
		graphQl.documentName("activity-add-runner")
			.variable("input", Map.of("activityId", id, "runnerId", partner))
			.executeAndVerify();

		GraphQlTester.Response response = graphQl.documentName("activity-by-id").variable("id", id).execute();

		response.path("activity.name").entity(String.class).isEqualTo("活動読取テスト居場所");
		response.path("activity.kindLabelJa").entity(String.class).isEqualTo("居場所");
		response.path("activity.description").entity(String.class).isEqualTo("誰でも来られる居場所");
		response.path("activity.heldIn[*].code").entityList(String.class).containsExactly(ONO);
		response.path("activity.runners[*].role").entityList(String.class).containsExactly("LEAD", "PARTNER");
		response.path("activity.runners[*].roleLabelJa").entityList(String.class).containsExactly("主催", "協力");
		response.path("activity.runners[*].runner.__typename")
			.entityList(String.class)
			.containsExactly("Organization", "Network");
		response.path("activity.runners[*].runner.id").entityList(String.class).containsExactly(lead, partner);

		graphQl.documentName("activity-by-id").variable("id", "no-such-activity").execute().path("activity").valueIsNull();
	}

	@Test
	void readsTheDemoShoppingBusTourLedByAConsultativeBody() {
		String id = idOf("Activity", "買い物バスツアー（来住地区）");

		GraphQlTester.Response response = graphQl.documentName("activity-by-id").variable("id", id).execute();

		response.path("activity.kind").entity(String.class).isEqualTo("SHOPPING_SUPPORT");
		response.path("activity.kindLabelJa").entity(String.class).isEqualTo("買い物支援");
		response.path("activity.since").entity(String.class).isEqualTo("2018-04-01");
		response.path("activity.heldIn[*].code").entityList(String.class).containsExactly(ONO + "-kisumi");
		response.path("activity.runners[0].role").entity(String.class).isEqualTo("LEAD");
		response.path("activity.runners[0].runner.__typename").entity(String.class).isEqualTo("Network");
		response.path("activity.runners[0].runner.name").entity(String.class).isEqualTo("来住地区よりそい協議会");
		response.path("activity.runners").entityList(Object.class).hasSize(7);
		assertThat(response.path("activity.runners[*].runner.name").entityList(String.class).get())
			.contains("小野市社会福祉協議会", "ほっとかへんネットおの");
		assertThat(ids(Map.of("kind", "SHOPPING_SUPPORT", "area", ONO))).contains(id);
		assertThat(ids(Map.of("text", "買い物バスツアー", "area", "130001"))).isEmpty();
	}

	@Test
	void readsTheDemoActivitiesAsStored() {
		long stored = count("MATCH (a:Activity) WHERE NOT a.archived RETURN count(a)");
		graphQl.documentName("activities-list")
			.variable("first", 100)
			.execute()
			.path("activities.totalCount")
			.entity(Long.class)
			.isEqualTo(stored);
	}

	@Test
	void filtersByKindAreaTextAndArchived() {
		String lead = organization("活動フィルタ試験団体");
		String district = district("activity-filter", "活動フィルタ試験地区", "DAILY_LIFE_AREA");
		String foodBank = activity(activityInput("活動フィルタ試験A食品", lead));
		Map<String, Object> cafeteriaInput = activityInput("活動フィルタ試験B食堂", lead);
		cafeteriaInput.put("kind", "CHILDREN_CAFETERIA");
		cafeteriaInput.put("heldInCodes", List.of(district));
		String cafeteria = activity(cafeteriaInput);
		String old = activity(activityInput("活動フィルタ試験C旧", lead));
		graphQl.documentName("activity-archive").variable("id", old).executeAndVerify();

		assertThat(ids(Map.of("text", "活動フィルタ試験"))).containsExactly(foodBank, cafeteria);
		assertThat(ids(Map.of("text", "活動フィルタ試験", "includeArchived", true)))
			.containsExactly(foodBank, cafeteria, old);
		assertThat(ids(Map.of("text", "活動フィルタ試験", "kind", "CHILDREN_CAFETERIA"))).containsExactly(cafeteria);
		assertThat(ids(Map.of("text", "活動フィルタ試験", "area", district))).containsExactly(cafeteria);
		assertThat(ids(Map.of("text", "活動フィルタ試験", "area", ONO))).containsExactly(foodBank, cafeteria);
		assertThat(ids(Map.of("text", "活動フィルタ試験", "area", HYOGO))).containsExactly(foodBank, cafeteria);
	}

	@Test
	void pagesThroughAStableOrder() {
		String lead = organization("活動ページ試験団体");
		List<String> created = new ArrayList<>();
		for (String name : List.of("活動ページ試験3", "活動ページ試験1", "活動ページ試験2")) {
			created.add(activity(activityInput(name, lead)));
		}

		GraphQlTester.Response first = page(null);
		first.path("activities.totalCount").entity(Integer.class).isEqualTo(3);
		first.path("activities.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		first.path("activities.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
		first.path("activities.edges[*].node.id").entityList(String.class).containsExactly(created.get(1), created.get(2));
		String cursor = first.path("activities.pageInfo.endCursor").entity(String.class).get();
		first.path("activities.edges[1].cursor").entity(String.class).isEqualTo(cursor);

		GraphQlTester.Response second = page(cursor);
		second.path("activities.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		second.path("activities.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
		second.path("activities.edges[*].node.id").entityList(String.class).containsExactly(created.get(0));
	}

	@Test
	void aPageOfActivitiesWithTheirTiesCostsAConstantNumberOfStatements() {
		String lead = organization("活動定数文テスト団体");
		String partner = network("活動定数文テスト会議");
		for (int i = 0; i < 10; i++) {
			String id = activity(activityInput("活動定数文テスト" + i, lead));
			graphQl.documentName("activity-add-runner")
				.variable("input", Map.of("activityId", id, "runnerId", partner))
				.executeAndVerify();
		}
		int forTwo = statementsFor(2);
		int forTen = statementsFor(10);

		assertThat(forTen).isEqualTo(forTwo);
		// page + heldIn + parent of heldIn + runners + memberships + activities + memberCount + coveredAreas
		assertThat(forTen).isLessThanOrEqualTo(8);
	}

	private int statementsFor(int activities) {
		statements.reset();
		graphQl.documentName("activities-with-ties")
			.variable("first", activities)
			.execute()
			.path("activities.edges")
			.entityList(Object.class)
			.hasSize(activities);
		return statements.count();
	}

	private GraphQlTester.Response page(String after) {
		return graphQl.documentName("activities-list")
			.variable("filter", Map.of("text", "活動ページ試験"))
			.variable("first", 2)
			.variable("after", after)
			.execute();
	}

	private List<String> ids(Map<String, Object> filter) {
		return graphQl.documentName("activities-list")
			.variable("filter", filter)
			.variable("first", 100)
			.execute()
			.path("activities.edges[*].node.id")
			.entityList(String.class)
			.get();
	}
}
