package jp.tsunagu.network;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import static org.assertj.core.api.Assertions.assertThat;

/** addMember and removeMember, and memberships seen from organisations and people. */
class MembershipIT extends NetworkTestSupport {

	@Test
	void addsAnOrganisationAsAnOrdinaryMemberByDefault() {
		String network = network("テストつなぐ連絡会");
		String organization = organization("NPO法人テストつなぐ会員");

		var response = graphQl.documentName("network-add-member")
			.variable("input", Map.of("networkId", network, "memberId", organization))
			.execute();

		response.path("addMember.errors").entityList(Object.class).hasSize(0);
		response.path("addMember.membership.role").entity(String.class).isEqualTo("MEMBER");
		response.path("addMember.membership.roleLabelJa").entity(String.class).isEqualTo("構成員");
		response.path("addMember.membership.since").valueIsNull();
		response.path("addMember.membership.member.__typename").entity(String.class).isEqualTo("Organization");
		response.path("addMember.membership.member.id").entity(String.class).isEqualTo(organization);
		response.path("addMember.membership.network.memberCount").entity(Integer.class).isEqualTo(1);
		assertThat(count("MATCH (:Organization {id: $o})-[r:MEMBER_OF {role: 'MEMBER'}]->(:Network {id: $n}) RETURN count(r)",
				"o", organization, "n", network)).isEqualTo(1);
	}

	@Test
	void addingAnExistingMemberChangesItsRoleAndDateInsteadOfAddingATie() {
		String network = network("テスト役割変更連絡会");
		String organization = organization("テスト事務局団体");
		graphQl.documentName("network-add-member")
			.variable("input", Map.of("networkId", network, "memberId", organization, "since", "2018-04-01"))
			.executeAndVerify();

		graphQl.documentName("network-add-member")
			.variable("input", Map.of("networkId", network, "memberId", organization, "role", "SECRETARIAT"))
			.execute()
			.path("addMember.membership.roleLabelJa")
			.entity(String.class)
			.isEqualTo("事務局")
			.path("addMember.membership.since")
			.entity(String.class)
			.isEqualTo("2018-04-01");
		graphQl.documentName("network-add-member")
			.variable("input", Map.of("networkId", network, "memberId", organization, "role", "CHAIR", "since",
					"2020-04-01"))
			.executeAndVerify();

		try (Session session = driver.session()) {
			Record tie = session.run("""
					MATCH (:Organization {id: $o})-[r:MEMBER_OF]->(:Network {id: $n})
					RETURN count(r) AS ties, collect(r.role)[0] AS role, collect(r.since)[0] AS since""",
					Map.of("o", organization, "n", network)).single();
			assertThat(tie.get("ties").asInt()).isEqualTo(1);
			assertThat(tie.get("role").asString()).isEqualTo("CHAIR");
			assertThat(tie.get("since").asLocalDate()).hasToString("2020-04-01");
		}
	}

	@Test
	void addsAPersonAndShowsMembershipsFromBothEnds() {
		String network = network("テスト個人参加の会議");
		String person = person("テスト 花子");
		String organization = organization("テスト両端の団体");
		graphQl.documentName("network-add-member")
			.variable("input", Map.of("networkId", network, "memberId", person, "role", "STEERING", "since",
					"2022-10-01"))
			.execute()
			.path("addMember.membership.member.__typename")
			.entity(String.class)
			.isEqualTo("Person")
			.path("addMember.membership.member.name")
			.entity(String.class)
			.isEqualTo("テスト 花子");
		graphQl.documentName("network-add-member")
			.variable("input", Map.of("networkId", network, "memberId", organization))
			.executeAndVerify();

		var ties = graphQl.documentName("network-member-ties")
			.variable("organizationId", organization)
			.variable("personId", person)
			.execute();
		ties.path("organization.memberships[0].network.id").entity(String.class).isEqualTo(network);
		ties.path("organization.memberships[0].member.id").entity(String.class).isEqualTo(organization);
		ties.path("person.memberships[0].network.id").entity(String.class).isEqualTo(network);
		ties.path("person.memberships[0].role").entity(String.class).isEqualTo("STEERING");
		ties.path("person.memberships[0].member.__typename").entity(String.class).isEqualTo("Person");

		assertThat(graphQl.documentName("network-by-id")
			.variable("id", network)
			.execute()
			.path("network.memberCount")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("network.members[*].member.__typename")
			.entityList(String.class)
			.get()).containsExactlyInAnyOrder("Organization", "Person");
	}

	@Test
	void refusesUnknownOrArchivedNetworksAndMembersAndWritesNothing() {
		String network = network("テスト会員チェック連絡会");
		String organization = organization("テスト会員チェック団体");
		long before = count("MATCH ()-[r:MEMBER_OF]->() RETURN count(r)");

		assertThat(errors("network-add-member", "addMember", "membership",
				Map.of("networkId", "no-network", "memberId", "no-member")))
			.extracting(e -> e.get("message"))
			.containsExactly("no network with id no-network", "no organisation or person with id no-member");

		assertThat(fieldsOf(errors("network-add-member", "addMember", "membership",
				Map.of("networkId", organization, "memberId", network))))
			.containsExactly("networkId", "memberId");

		graphQl.documentName("network-archive").variable("id", network).executeAndVerify();
		graphQl.documentName("network-fixture-archive-organization").variable("id", organization).executeAndVerify();
		assertThat(messagesOf(errors("network-add-member", "addMember", "membership",
				Map.of("networkId", network, "memberId", organization))))
			.containsExactly("network \"テスト会員チェック連絡会\" is archived",
					"organisation or person " + organization + " is archived");

		assertThat(count("MATCH ()-[r:MEMBER_OF]->() RETURN count(r)")).isEqualTo(before);
	}

	@Test
	void removesAMemberAndSaysWhenThereIsNone() {
		String network = network("テスト退会の連絡会");
		String organization = organization("テスト退会する団体");
		graphQl.documentName("network-add-member")
			.variable("input", Map.of("networkId", network, "memberId", organization, "role", "STEERING"))
			.executeAndVerify();

		graphQl.documentName("network-remove-member")
			.variable("input", Map.of("networkId", network, "memberId", organization))
			.execute()
			.path("removeMember.errors")
			.entityList(Object.class)
			.hasSize(0)
			.path("removeMember.membership.role")
			.entity(String.class)
			.isEqualTo("STEERING")
			.path("removeMember.membership.network.memberCount")
			.entity(Integer.class)
			.isEqualTo(0);
		assertThat(count("MATCH (:Organization {id: $o})-[r:MEMBER_OF]->() RETURN count(r)", "o", organization))
			.isZero();

		assertThat(errors("network-remove-member", "removeMember", "membership",
				Map.of("networkId", network, "memberId", organization)))
			.singleElement()
			.satisfies(e -> assertThat(e.get("message")).isEqualTo(organization + " is not a member of this network"));
		assertThat(fieldsOf(errors("network-remove-member", "removeMember", "membership",
				Map.of("networkId", "nope", "memberId", "nobody"))))
			.containsExactly("networkId", "memberId");
	}
}
