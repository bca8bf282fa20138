package jp.tsunagu.web;

import java.util.Map;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Directory entries a browser test creates through the API (as an administrator); they carry createdAt and go after the test. */
final class DirectoryFixture {

	private final HttpGraphQlTester admin;

	DirectoryFixture(HttpGraphQlTester admin) {
		this.admin = admin;
	}

	String firstFieldCode() {
		return admin.document("{ fields { code } }").execute().path("fields[0].code").entity(String.class).get();
	}

	String firstNeedCode() {
		return admin.document("{ needs { code } }").execute().path("needs[0].code").entity(String.class).get();
	}

	String organization(String name, String nameKana, String kind, String areaCode, String fieldCode) {
		return admin.document("""
				mutation Create($input: CreateOrganizationInput!) {
				  createOrganization(input: $input) { organization { id } errors { message } } }""")
			.variable("input", Map.of("name", name, "nameKana", nameKana, "kind", kind, "locationCode", areaCode,
					"servedAreaCodes", java.util.List.of(areaCode), "fieldCodes", java.util.List.of(fieldCode)))
			.execute()
			.path("createOrganization.errors").entityList(Object.class).hasSize(0)
			.path("createOrganization.organization.id").entity(String.class).get();
	}

	String service(String name, String providerId, String needCode, String areaCode, String schedule) {
		return admin.document("""
				mutation Create($input: CreateServiceInput!) { createService(input: $input) { service { id } errors { message } } }""")
			.variable("input", Map.of("name", name, "providerId", providerId, "needCodes", java.util.List.of(needCode),
					"availableInCodes", java.util.List.of(areaCode), "schedule", schedule, "eligibility", "市内在住の方"))
			.execute()
			.path("createService.errors").entityList(Object.class).hasSize(0)
			.path("createService.service.id").entity(String.class).get();
	}

	void collaboration(String organizationId, String partnerId) {
		admin.document("""
				mutation Add($input: AddCollaborationInput!) { addCollaboration(input: $input) { errors { message } } }""")
			.variable("input", Map.of("organizationId", organizationId, "partnerId", partnerId, "kind", "JOINT_ACTIVITY"))
			.execute()
			.path("addCollaboration.errors").entityList(Object.class).hasSize(0);
	}
}
