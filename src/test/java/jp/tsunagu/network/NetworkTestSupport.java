package jp.tsunagu.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagu.support.HubIntegrationTest;
import org.neo4j.driver.Session;

/** Fixtures made through the API (so they are cleaned up after each test) and lookups of demo facts. */
abstract class NetworkTestSupport extends HubIntegrationTest {

	/** 小野市, home of ほっとかへんネットおの. */
	static final String ONO = "282189";

	/** 兵庫県. */
	static final String HYOGO = "280003";

	String organization(String name) {
		return graphQl.documentName("network-fixture-organization")
			.variable("input", Map.of("name", name, "kind", "NPO", "locationCode", ONO))
			.execute()
			.path("createOrganization.errors")
			.entityList(Object.class)
			.hasSize(0)
			.path("createOrganization.organization.id")
			.entity(String.class)
			.get();
	}

	String person(String name) {
		return graphQl.documentName("network-fixture-person")
			.variable("input", Map.of("name", name, "kind", "STAFF"))
			.execute()
			.path("createPerson.errors")
			.entityList(Object.class)
			.hasSize(0)
			.path("createPerson.person.id")
			.entity(String.class)
			.get();
	}

	/** A district below 小野市, made through the API. */
	String district(String slug, String name, String districtKind) {
		return graphQl.documentName("network-fixture-district")
			.variable("input", Map.of("parentCode", ONO, "slug", slug, "name", name, "districtKind", districtKind))
			.execute()
			.path("createDistrict.errors")
			.entityList(Object.class)
			.hasSize(0)
			.path("createDistrict.area.code")
			.entity(String.class)
			.get();
	}

	/** A mutable input for a liaison council covering 小野市. */
	static Map<String, Object> networkInput(String name) {
		Map<String, Object> input = new HashMap<>();
		input.put("name", name);
		input.put("kind", "LIAISON_COUNCIL");
		input.put("coveredAreaCodes", List.of(ONO));
		return input;
	}

	String network(Map<String, Object> input) {
		return graphQl.documentName("network-create")
			.variable("input", input)
			.execute()
			.path("createNetwork.errors")
			.entityList(Object.class)
			.hasSize(0)
			.path("createNetwork.network.id")
			.entity(String.class)
			.get();
	}

	String network(String name) {
		return network(networkInput(name));
	}

	/** A mutable input for a food bank in 小野市 led by {@code leadId}. */
	static Map<String, Object> activityInput(String name, String leadId) {
		Map<String, Object> input = new HashMap<>();
		input.put("name", name);
		input.put("kind", "FOOD_BANK");
		input.put("heldInCodes", List.of(ONO));
		input.put("leadId", leadId);
		return input;
	}

	String activity(Map<String, Object> input) {
		return graphQl.documentName("activity-create")
			.variable("input", input)
			.execute()
			.path("createActivity.errors")
			.entityList(Object.class)
			.hasSize(0)
			.path("createActivity.activity.id")
			.entity(String.class)
			.get();
	}

	/** The errors a mutation answers with, asserting that its payload carries no result. */
	List<Map<String, Object>> errors(String document, String mutation, String result, Map<String, Object> input) {
		return graphQl.documentName(document)
			.variable("input", input)
			.execute()
			.path(mutation + "." + result)
			.valueIsNull()
			.path(mutation + ".errors")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	@SuppressWarnings("unchecked")
	static List<String> fieldsOf(List<Map<String, Object>> errors) {
		return errors.stream().map(e -> ((List<String>) e.get("field")).get(1)).toList();
	}

	static List<Object> messagesOf(List<Map<String, Object>> errors) {
		return errors.stream().map(e -> e.get("message")).toList();
	}

	/** The id of the one node with this label and name (demo data). */
	String idOf(String label, String name) {
		try (Session session = driver.session()) {
			return session.run("MATCH (n) WHERE $label IN labels(n) AND n.name = $name RETURN n.id AS id",
					Map.of("label", label, "name", name)).single().get("id").asString();
		}
	}
}
