package jp.tsunagu.network;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import static org.assertj.core.api.Assertions.assertThat;

/** createNetwork, updateNetwork, archiveNetwork: what they write, and that refused inputs write nothing. */
class NetworkMutationIT extends NetworkTestSupport {

	@Test
	void createsANetworkWithItsAreasAndParent() {
		String parent = network("テスト地域福祉推進協議会");
		Map<String, Object> input = networkInput(" テスト部会 ");
		input.put("kind", "SUBCOMMITTEE");
		input.put("tier", 2);
		input.put("description", "子どもの居場所を考える部会");
		input.put("foundedOn", "2019-04-01");
		input.put("coveredAreaCodes", List.of(ONO, HYOGO));
		input.put("parentId", parent);

		var response = graphQl.documentName("network-create").variable("input", input).execute();

		response.path("createNetwork.errors").entityList(Object.class).hasSize(0);
		response.path("createNetwork.network.name").entity(String.class).isEqualTo("テスト部会");
		response.path("createNetwork.network.kindLabelJa").entity(String.class).isEqualTo("部会・委員会");
		response.path("createNetwork.network.tier").entity(Integer.class).isEqualTo(2);
		response.path("createNetwork.network.foundedOn").entity(String.class).isEqualTo("2019-04-01");
		response.path("createNetwork.network.generated").entity(Boolean.class).isEqualTo(false);
		response.path("createNetwork.network.archived").entity(Boolean.class).isEqualTo(false);
		response.path("createNetwork.network.createdAt").hasValue();
		response.path("createNetwork.network.coveredAreas[*].code")
			.entityList(String.class)
			.containsExactly(HYOGO, ONO);
		response.path("createNetwork.network.parent.id").entity(String.class).isEqualTo(parent);
		response.path("createNetwork.network.memberCount").entity(Integer.class).isEqualTo(0);
		String id = response.path("createNetwork.network.id").entity(String.class).get();

		try (Session session = driver.session()) {
			Record written = session.run("""
					MATCH (n:Network {id: $id})-[:SUBCOMMITTEE_OF]->(:Network {id: $parent})
					RETURN n, COUNT { (n)-[:COVERS]->(:Area) WHERE true } AS areas,
					       EXISTS { (n)-[:COVERS]->(:Municipality {code: $ono}) } AS coversOno""",
					Map.of("id", id, "parent", parent, "ono", ONO)).single();
			var node = written.get("n").asNode();
			assertThat(node.get("networkKind").asString()).isEqualTo("SUBCOMMITTEE");
			assertThat(node.get("tier").asInt()).isEqualTo(2);
			assertThat(node.get("description").asString()).isEqualTo("子どもの居場所を考える部会");
			assertThat(node.get("foundedOn").asLocalDate()).hasToString("2019-04-01");
			assertThat(node.get("generated").asBoolean()).isFalse();
			assertThat(node.get("archived").asBoolean()).isFalse();
			assertThat(node.get("createdAt").isNull()).isFalse();
			assertThat(node.get("updatedAt").isNull()).isFalse();
			assertThat(id).matches("[0-9a-f-]{36}");
			assertThat(written.get("areas").asInt()).isEqualTo(2);
			assertThat(written.get("coversOno").asBoolean()).isTrue();
		}
	}

	@Test
	void reportsEveryProblemOfACreateAndWritesNothing() {
		long before = count("MATCH (n:Network) RETURN count(n)");
		Map<String, Object> input = networkInput(" ");
		input.put("tier", 3);
		input.put("description", "長".repeat(4001));
		input.put("coveredAreaCodes", List.of(ONO, "999999"));
		input.put("parentId", "no-such-network");

		List<Map<String, Object>> errors = errors("network-create", "createNetwork", "network", input);

		assertThat(fieldsOf(errors)).containsExactlyInAnyOrder("name", "tier", "description", "coveredAreaCodes",
				"parentId");
		assertThat(messagesOf(errors)).contains("is required", "must be 1 (第1層) or 2 (第2層), was 3",
				"コード 999999 の地域はありません", "no network with id no-such-network");
		assertThat(errors).allSatisfy(e -> assertThat((List<?>) e.get("field")).first().isEqualTo("input"));
		assertThat(count("MATCH (n:Network) RETURN count(n)")).isEqualTo(before);
	}

	@Test
	void requiresAtLeastOneCoveredArea() {
		Map<String, Object> input = networkInput("どこも担当しない連絡会");
		input.put("coveredAreaCodes", List.of());
		assertThat(messagesOf(errors("network-create", "createNetwork", "network", input)))
			.containsExactly("must name at least one area");
		assertThat(count("MATCH (n:Network {name: 'どこも担当しない連絡会'}) RETURN count(n)")).isZero();
	}

	@Test
	void refusesASecondNetworkOfTheSameNameForTheSameArea() {
		network("テスト重複連絡会");

		Map<String, Object> again = networkInput("テスト重複連絡会");
		again.put("coveredAreaCodes", List.of(HYOGO, ONO));
		assertThat(errors("network-create", "createNetwork", "network", again)).singleElement()
			.satisfies(e -> assertThat(e.get("message"))
				.isEqualTo("a network named \"テスト重複連絡会\" already covers " + ONO));
		assertThat(count("MATCH (n:Network {name: 'テスト重複連絡会'}) RETURN count(n)")).isEqualTo(1);

		Map<String, Object> elsewhere = networkInput("テスト重複連絡会");
		elsewhere.put("coveredAreaCodes", List.of(HYOGO));
		network(elsewhere);
		assertThat(count("MATCH (n:Network {name: 'テスト重複連絡会'}) RETURN count(n)")).isEqualTo(2);
	}

	@Test
	void updatesOnlyWhatIsGivenAndReplacesTheAreas() {
		Map<String, Object> input = networkInput("テスト更新前協議体");
		input.put("kind", "CONSULTATIVE_BODY");
		input.put("tier", 1);
		input.put("description", "第1層協議体");
		String id = network(input);
		String parent = network("テスト親協議会");

		var response = graphQl.documentName("network-update")
			.variable("input", Map.of("id", id, "name", "テスト更新後協議体", "coveredAreaCodes", List.of(HYOGO),
					"parentId", parent))
			.execute();

		response.path("updateNetwork.errors").entityList(Object.class).hasSize(0);
		response.path("updateNetwork.network.name").entity(String.class).isEqualTo("テスト更新後協議体");
		response.path("updateNetwork.network.kind").entity(String.class).isEqualTo("CONSULTATIVE_BODY");
		response.path("updateNetwork.network.tier").entity(Integer.class).isEqualTo(1);
		response.path("updateNetwork.network.description").entity(String.class).isEqualTo("第1層協議体");
		response.path("updateNetwork.network.coveredAreas[*].code").entityList(String.class).containsExactly(HYOGO);
		response.path("updateNetwork.network.parent.id").entity(String.class).isEqualTo(parent);
		assertThat(count("""
				MATCH (n:Network {id: $id, name: 'テスト更新後協議体'})-[:SUBCOMMITTEE_OF]->(:Network {id: $parent})
				WHERE n.updatedAt > n.createdAt
				RETURN COUNT { (n)-[:COVERS]->(:Area) WHERE true } * 10 + COUNT { (n)-[:COVERS]->(:Prefecture {code: $hyogo}) }""",
				"id", id, "parent", parent, "hyogo", HYOGO)).isEqualTo(11);
	}

	@Test
	void reportsEveryProblemOfAnUpdateAndWritesNothing() {
		String taken = network("テスト既存の連絡会");
		String id = network("テスト変更される連絡会");

		List<Map<String, Object>> errors = errors("network-update", "updateNetwork", "network",
				Map.of("id", id, "name", "テスト既存の連絡会", "tier", 0, "coveredAreaCodes", List.of("000000", ONO)));

		assertThat(fieldsOf(errors)).containsExactlyInAnyOrder("name", "tier", "coveredAreaCodes");
		assertThat(count("MATCH (n:Network {id: $id}) WHERE n.name = 'テスト変更される連絡会' AND n.tier IS NULL RETURN count(n)",
				"id", id)).isEqualTo(1);
		assertThat(messagesOf(errors("network-update", "updateNetwork", "network",
				Map.of("id", id, "name", "テスト既存の連絡会"))))
			.containsExactly("a network named \"テスト既存の連絡会\" already covers " + ONO);
		assertThat(count("MATCH (n:Network {id: $taken}) RETURN count(n)", "taken", taken)).isEqualTo(1);

		assertThat(messagesOf(errors("network-update", "updateNetwork", "network", Map.of("id", "nope", "name", "x"))))
			.containsExactly("no network with id nope");
	}

	@Test
	void refusesAParentThatIsTheNetworkItselfOrBelowIt() {
		String top = network("テスト最上位協議会");
		Map<String, Object> middleInput = networkInput("テスト中間部会");
		middleInput.put("parentId", top);
		String middle = network(middleInput);
		Map<String, Object> bottomInput = networkInput("テスト下位部会");
		bottomInput.put("parentId", middle);
		String bottom = network(bottomInput);

		assertThat(messagesOf(errors("network-update", "updateNetwork", "network", Map.of("id", top, "parentId", top))))
			.containsExactly("a network cannot be its own parent");
		assertThat(fieldsOf(errors("network-update", "updateNetwork", "network", Map.of("id", top, "parentId", bottom))))
			.containsExactly("parentId");
		assertThat(count("MATCH (:Network {id: $top})-[r:SUBCOMMITTEE_OF]->() RETURN count(r)", "top", top)).isZero();

		graphQl.documentName("network-update")
			.variable("input", Map.of("id", bottom, "parentId", top))
			.execute()
			.path("updateNetwork.network.parent.id")
			.entity(String.class)
			.isEqualTo(top);
		assertThat(graphQl.documentName("network-by-id")
			.variable("id", top)
			.execute()
			.path("network.subcommittees[*].id")
			.entityList(String.class)
			.get()).containsExactlyInAnyOrder(middle, bottom);
	}

	@Test
	void archivedNetworksLeaveListsButStayReachable() {
		String id = network("テストアーカイブ連絡会");

		graphQl.documentName("network-archive")
			.variable("id", id)
			.execute()
			.path("archiveNetwork.errors")
			.entityList(Object.class)
			.hasSize(0)
			.path("archiveNetwork.network.archived")
			.entity(Boolean.class)
			.isEqualTo(true);

		assertThat(count("MATCH (n:Network {id: $id}) WHERE n.archived RETURN count(n)", "id", id)).isEqualTo(1);
		graphQl.documentName("networks-list")
			.variable("filter", Map.of("text", "テストアーカイブ"))
			.execute()
			.path("networks.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
		graphQl.documentName("networks-list")
			.variable("filter", Map.of("text", "テストアーカイブ", "includeArchived", true))
			.execute()
			.path("networks.edges[0].node.archived")
			.entity(Boolean.class)
			.isEqualTo(true);
		graphQl.documentName("network-by-id").variable("id", id).execute().path("network.id").hasValue();

		graphQl.documentName("network-archive")
			.variable("id", "nope")
			.execute()
			.path("archiveNetwork.network")
			.valueIsNull()
			.path("archiveNetwork.errors[0].message")
			.entity(String.class)
			.isEqualTo("no network with id nope");
	}

	@Test
	void refusesAnArchivedParent() {
		String old = network("テスト廃止された協議会");
		graphQl.documentName("network-archive").variable("id", old).executeAndVerify();
		Map<String, Object> input = networkInput("テスト新しい部会");
		input.put("parentId", old);
		assertThat(messagesOf(errors("network-create", "createNetwork", "network", input)))
			.containsExactly("network \"テスト廃止された協議会\" is archived");
	}
}
