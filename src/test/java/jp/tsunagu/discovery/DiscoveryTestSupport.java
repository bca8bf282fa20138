package jp.tsunagu.discovery;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import jp.tsunagu.support.HubIntegrationTest;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Small hand-built graphs whose right answers are known, and the helpers the discovery tests share. */
abstract class DiscoveryTestSupport extends HubIntegrationTest {

	/** The first discovery of a kind plans a large statement: on a busy machine that can take longer than 5 s. */
	static HttpGraphQlTester patient(HttpGraphQlTester tester) {
		return tester.mutate()
			.webTestClient(client -> client.responseTimeout(Duration.ofSeconds(60)))
			.responseTimeout(Duration.ofSeconds(60))
			.build();
	}

	static void expectBadRequest(GraphQlTester.Response response, String argument, String message) {
		response.errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getMessage()).isEqualTo(argument + ": " + message);
			assertThat(errors.get(0).getExtensions()).containsEntry("argument", argument);
			assertThat(errors.get(0).getErrorType().toString()).isEqualTo("BAD_REQUEST");
		});
	}

	/**
	 * テスト県 ⊃ テスト市 ⊃ テスト地区 (where the household lives) and 別の地区, and テスト県 ⊃ 隣の市; the household's
	 * record is held by 記録保有機関 of テスト市, whose staff member is the caller. Organisations are located in テスト市
	 * unless a test says otherwise. Every node carries createdAt, so the test's cleanup removes it.
	 */
	Graph graph(List<String> issues) {
		return new Graph(issues);
	}

	final class Graph {

		final String prefix = "test-" + UUID.randomUUID().toString().substring(0, 8);

		final String household;

		final String recordHolder;

		final GraphQlTester tester;

		private Graph(List<String> issues) {
			write("""
					CREATE (p:Area:Prefecture {id: randomUUID(), code: $prefix + '-prefecture', name: 'テスト県', createdAt: datetime()})
					CREATE (m:Area:Municipality {id: randomUUID(), code: $prefix + '-municipality', name: 'テスト市', createdAt: datetime()})-[:PART_OF]->(p)
					CREATE (d:Area:District {id: randomUUID(), code: $prefix + '-district', name: 'テスト地区', createdAt: datetime()})-[:PART_OF]->(m)
					CREATE (:Area:District {id: randomUUID(), code: $prefix + '-otherDistrict', name: '別の地区', createdAt: datetime()})-[:PART_OF]->(m)
					CREATE (:Area:Municipality {id: randomUUID(), code: $prefix + '-neighbour', name: '隣の市', createdAt: datetime()})-[:PART_OF]->(p)
					CREATE (r:Organization {id: randomUUID(), name: '記録保有機関', kind: 'NPO', code: $prefix, archived: false, generated: false, createdAt: datetime()})-[:LOCATED_IN]->(m)
					CREATE (h:Household {id: randomUUID(), code: 'HH-' + $prefix, memberCount: 1, flags: [], protection: 'NONE',
					        archived: false, generated: false, createdAt: datetime()})
					CREATE (h)-[:LIVES_IN]->(d)
					CREATE (h)-[:RECORD_HELD_BY]->(r)
					WITH h UNWIND $issues AS code
					MATCH (n:Need {code: code})
					CREATE (h)-[:HAS_ISSUE {since: date('2025-01-01'), status: 'OPEN'}]->(n)""", "prefix", prefix,
					"issues", issues);
			household = (String) single("MATCH (h:Household {code: 'HH-' + $prefix}) RETURN h.id", "prefix", prefix);
			recordHolder = (String) single("MATCH (r:Organization {code: $prefix}) RETURN r.id", "prefix", prefix);
			tester = patient(as(new Caller("test.discovery." + prefix, Role.MEMBER_STAFF, recordHolder, null)));
		}

		/**
		 * The code of テスト県 ("prefecture"), テスト市 ("municipality"), テスト地区 ("district"), 別の地区
		 * ("otherDistrict") or 隣の市 ("neighbour").
		 */
		String code(String area) {
			return prefix + "-" + area;
		}

		/** An organisation located in テスト市. */
		String organization(String name) {
			return organization(name, "municipality");
		}

		/** An organisation located in one area of this graph. */
		String organization(String name, String area) {
			return (String) single("""
					MATCH (a:Area {code: $area})
					CREATE (o:Organization {id: randomUUID(), name: $name, kind: 'NPO', archived: false, generated: false,
					        createdAt: datetime()})-[:LOCATED_IN]->(a)
					RETURN o.id""", "name", name, "area", code(area));
		}

		/** A service provided by a new organisation named after it, available in one area of this graph. */
		String service(String name, String area, List<String> needs) {
			String provider = organization(name + "の運営法人");
			return (String) single("""
					MATCH (o:Organization {id: $provider}), (a:Area {code: $area})
					CREATE (o)-[:PROVIDES]->(s:Service {id: randomUUID(), name: $name, archived: false, generated: false,
					        createdAt: datetime()})-[:AVAILABLE_IN]->(a)
					WITH s UNWIND $needs AS code
					MATCH (n:Need {code: code})
					CREATE (s)-[:ADDRESSES]->(n)
					RETURN DISTINCT s.id""", "provider", provider, "area", code(area), "name", name, "needs", needs);
		}

		String providerOf(String service) {
			return (String) single("MATCH (o:Organization)-[:PROVIDES]->(:Service {id: $id}) RETURN o.id", "id", service);
		}

		void collaborate(String one, String other) {
			write("""
					MATCH (a:Organization {id: $one}), (b:Organization {id: $other})
					CREATE (a)-[:COLLABORATES_WITH {kind: 'JOINT_ACTIVITY'}]->(b)""", "one", one, "other", other);
		}

		void supports(String supporter, String since, String lastContact) {
			write("""
					MATCH (s {id: $supporter}), (h:Household {id: $household})
					CREATE (s)-[:SUPPORTS {since: date($since), lastContact: date($lastContact)}]->(h)""", "supporter",
					supporter, "household", household, "since", since, "lastContact", lastContact);
		}

		/** A 民生委員 assigned to one area of this graph, belonging to a new 民児協 of テスト市. */
		String volunteer(String name, String area) {
			return (String) single("""
					MATCH (a:Area {code: $area}), (m:Area {code: $municipality})
					CREATE (p:Person:CommissionedVolunteer {id: randomUUID(), name: $name, chiefChildCommissioner: false,
					        archived: false, generated: false, createdAt: datetime()})-[:ASSIGNED_TO {since: date('2022-12-01')}]->(a)
					CREATE (p)-[:BELONGS_TO]->(:Organization {id: randomUUID(), name: $name + 'の民児協', kind: 'RESIDENT_GROUP',
					        archived: false, generated: false, createdAt: datetime()})-[:LOCATED_IN]->(m)
					RETURN p.id""", "area", code(area), "municipality", code("municipality"), "name", name);
		}

		String councilOf(String volunteer) {
			return (String) single("MATCH (:Person {id: $id})-[:BELONGS_TO]->(o:Organization) RETURN o.id", "id", volunteer);
		}

		/** A referral of the household to the organisation, accepted at {@code respondedAt} (an ISO date-time). */
		void acceptedReferral(String organization, String respondedAt) {
			write("""
					MATCH (o:Organization {id: $organization}), (h:Household {id: $household})
					CREATE (h)<-[:FOR]-(:Referral {id: randomUUID(), status: 'ACCEPTED', respondedAt: datetime($respondedAt),
					        createdAt: datetime()})-[:TO]->(o)""", "organization", organization, "household", household,
					"respondedAt", respondedAt);
		}

		GraphQlTester.Request<?> discover() {
			return tester.documentName("discovery-ranks").variable("household", household);
		}
	}

	static List<String> names(GraphQlTester.Response response) {
		return response.path("discover.edges[*].node.service.name").entityList(String.class).get();
	}

	long auditEvents(String actor, String operation, String householdId) {
		return count("""
				MATCH (e:AuditEvent {actor: $actor, operation: $operation, householdId: $id, action: 'READ'})
				WHERE e.at >= $started RETURN count(e)""", "actor", actor, "operation", operation, "id", householdId,
				"started", started());
	}

}
