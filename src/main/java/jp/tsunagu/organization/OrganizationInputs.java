package jp.tsunagu.organization;

import java.time.LocalDate;
import java.util.List;

import jp.tsunagu.api.TextInput;

/** The GraphQL inputs of the organisation mutations, bound by name. */
final class OrganizationInputs {

	private OrganizationInputs() {
	}

	record CreateOrganizationInput(String name, String nameKana, OrganizationKind kind, CouncilLevel councilLevel,
			FacilityField facilityField, AgencyType agencyType, ResidentGroupType groupType, String corporateNumber,
			String description, String locationCode, List<String> servedAreaCodes, List<String> fieldCodes,
			String operatorId) {

		/** The names and description as {@link TextInput} cleans them. */
		CreateOrganizationInput cleaned() {
			return new CreateOrganizationInput(TextInput.name(name), TextInput.name(nameKana), kind, councilLevel,
					facilityField, agencyType, groupType, corporateNumber, TextInput.text(description), locationCode,
					servedAreaCodes, fieldCodes, operatorId);
		}
	}

	record UpdateOrganizationInput(String id, String name, String nameKana, CouncilLevel councilLevel,
			FacilityField facilityField, AgencyType agencyType, ResidentGroupType groupType, String corporateNumber,
			String description, String locationCode, List<String> servedAreaCodes, List<String> fieldCodes,
			String operatorId) {

		/** The names and description as {@link TextInput} cleans them. */
		UpdateOrganizationInput cleaned() {
			return new UpdateOrganizationInput(id, TextInput.name(name), TextInput.name(nameKana), councilLevel,
					facilityField, agencyType, groupType, corporateNumber, TextInput.text(description), locationCode,
					servedAreaCodes, fieldCodes, operatorId);
		}
	}

	record AddCollaborationInput(String organizationId, String partnerId, CollaborationKind kind, LocalDate since,
			String note, String evidence) {
	}

	record RemoveCollaborationInput(String organizationId, String partnerId, CollaborationKind kind) {
	}

	record OrganizationFilter(OrganizationKind kind, String area, String field, String need, String text,
			Boolean includeArchived) {

		static final OrganizationFilter NONE = new OrganizationFilter(null, null, null, null, null, false);
	}
}
