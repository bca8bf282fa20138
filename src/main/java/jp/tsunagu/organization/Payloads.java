package jp.tsunagu.organization;

import java.util.List;

import jp.tsunagu.api.UserError;

final class Payloads {

	private Payloads() {
	}

	record OrganizationPayload(Organization organization, List<UserError> errors) {
	}

	record CollaborationPayload(Collaboration collaboration, List<UserError> errors) {
	}
}
