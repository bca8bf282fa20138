package jp.tsunagu.organization;

import java.util.List;

import jp.tsunagu.api.UserError;

/** What an organisation mutation answers: the organisation as written, or why nothing was written. */
record OrganizationPayload(Organization organization, List<UserError> errors) {
}
