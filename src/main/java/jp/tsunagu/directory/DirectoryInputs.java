package jp.tsunagu.directory;

import java.time.LocalDate;
import java.util.List;

import jp.tsunagu.api.UserError;
import jp.tsunagu.organization.OrganizationKind;

/** The GraphQL inputs and payloads of the directory feature, bound by name. */
final class DirectoryInputs {

	private DirectoryInputs() {
	}

	record DirectoryEntryInput(String ownerId, String email, String url, List<PhoneInput> phones,
			List<LocationInput> locations, List<ScheduleInput> schedules, List<CostOptionInput> costOptions,
			String feesDescription, List<String> languages, String applicationProcess, List<String> requiredDocuments,
			Boolean generated) {
	}

	record PhoneInput(String number, Integer extension, String type, String description) {
	}

	record LocationInput(String name, String description, String postalCode, String municipalityCode, String town,
			String streetNumber, String building, Double latitude, Double longitude, List<String> accessibility,
			String transportation) {
	}

	record ScheduleInput(List<String> byDay, String opensAt, String closesAt, LocalDate validFrom, LocalDate validTo,
			String description, String notes) {
	}

	record CostOptionInput(String option, Double amount, String currency, String amountDescription) {
	}

	record DirectoryEntryPayload(DirectoryEntry entry, List<UserError> errors) {

		static DirectoryEntryPayload success(DirectoryEntry entry) {
			return new DirectoryEntryPayload(entry, List.of());
		}

		static DirectoryEntryPayload failure(List<UserError> errors) {
			return new DirectoryEntryPayload(null, errors);
		}
	}

	record ImportHsdsInput(String json, OrganizationKind organizationKind) {
	}

	record ImportHsdsPayload(int organizations, int services, List<UserError> errors) {
	}

	record HsdsPage(long totalItems, long totalPages, long pageNumber, long size, boolean firstPage, boolean lastPage,
			String json) {
	}

	record HsdsFile(String name, String content) {
	}

	record HsdsDataPackageFiles(List<HsdsFile> files) {
	}
}
