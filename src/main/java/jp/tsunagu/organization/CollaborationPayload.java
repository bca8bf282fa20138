package jp.tsunagu.organization;

import java.util.List;

import jp.tsunagu.api.UserError;

/** What a collaboration mutation answers: the collaboration as written, or why nothing was written. */
record CollaborationPayload(Collaboration collaboration, List<UserError> errors) {
}
