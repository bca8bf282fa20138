package jp.tsunagu.security;

import java.util.List;
import java.util.Map;

import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator who mints or resets an account leaves audit events, and the staff of the organisation the account
 * is scoped to see them; no other organisation does.
 */
class AccountChangesIT extends HubIntegrationTest {

	@Test
	void aCouncilsCoordinatorSeesTheAccountsMintedAndResetForTheirCouncilAndNoOneElseDoes() {
		String takarazuka = idOfNamed("Organization", "宝塚市社会福祉協議会");
		graphQl.documentName("account-create")
			.variable("input", Map.of("username", "test.minted", "role", "COORDINATOR", "organizationId", takarazuka))
			.execute()
			.path("createAccount.errors")
			.entityList(Object.class)
			.hasSize(0);
		graphQl.documentName("account-reset-password")
			.variable("input", Map.of("username", "test.minted"))
			.execute()
			.path("resetAccountPassword.password")
			.hasValue();
		graphQl.documentName("account-set-enabled")
			.variable("input", Map.of("username", "test.minted", "enabled", false))
			.execute()
			.path("setAccountEnabled.account.enabled")
			.entity(Boolean.class)
			.isEqualTo(false);

		HttpGraphQlTester council = as(caller(Role.COORDINATOR, "宝塚市社会福祉協議会", null));
		GraphQlTester.Response first = council.documentName("account-changes").variable("first", 2).execute();
		first.errors().verify();
		first.path("accountChanges.edges[*].node.account").entityList(String.class).containsExactly("test.minted",
				"test.minted");
		first.path("accountChanges.edges[*].node.action").entityList(String.class).containsExactly("ACCOUNT_DISABLED",
				"PASSWORD_RESET");
		first.path("accountChanges.edges[0].node.actor").entity(String.class).isEqualTo("test.admin");
		first.path("accountChanges.edges[0].node.role").entity(String.class).isEqualTo("ADMINISTRATOR");
		first.path("accountChanges.edges[0].node.operation").entity(String.class).isEqualTo("setAccountEnabled");
		first.path("accountChanges.edges[1].node.actionLabelJa").entity(String.class).isEqualTo("パスワード再発行");
		String cursor = first.path("accountChanges.pageInfo.endCursor").entity(String.class).get();
		GraphQlTester.Response next = council.documentName("account-changes")
			.variable("first", 1)
			.variable("after", cursor)
			.execute();
		next.path("accountChanges.edges[0].node.action").entity(String.class).isEqualTo("ACCOUNT_CREATED");
		next.path("accountChanges.edges[0].node.accountRole").entity(String.class).isEqualTo("COORDINATOR");
		next.path("accountChanges.edges[0].node.accountOrganizationId").entity(String.class).isEqualTo(takarazuka);

		for (HttpGraphQlTester other : List.of(as(caller(Role.COORDINATOR, "小野市社会福祉協議会", null)),
				as(caller(Role.MEMBER_STAFF, "社会福祉法人きすみ野福祉会", null)))) {
			other.documentName("account-changes")
				.variable("first", 100)
				.execute()
				.path("accountChanges.edges[*].node.account")
				.entityList(String.class)
				.doesNotContain("test.minted");
		}
		assertThat(count("""
				MATCH (e:AuditEvent {account: 'test.minted'}) WHERE e.at >= $started AND e.actor = 'test.admin'
				RETURN count(e)""", "started", started())).isEqualTo(3);
	}

	@Test
	void aRefusedCreationChangesNothingAndRecordsNoChange() {
		graphQl.documentName("account-create")
			.variable("input", Map.of("username", "admin", "role", "ANALYST"))
			.execute()
			.path("createAccount.account")
			.valueIsNull();
		graphQl.documentName("account-set-enabled")
			.variable("input", Map.of("username", "nobody.here", "enabled", false))
			.execute()
			.path("setAccountEnabled.account")
			.valueIsNull();

		assertThat(count("MATCH (e:AuditEvent) WHERE e.at >= $started AND e.account IS NOT NULL RETURN count(e)",
				"started", started())).isZero();
	}
}
