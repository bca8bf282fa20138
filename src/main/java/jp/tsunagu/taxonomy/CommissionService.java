package jp.tsunagu.taxonomy;

import java.time.LocalDate;
import java.util.List;

import jp.tsunagu.api.UserErrors;
import jp.tsunagu.area.AreaKind;
import jp.tsunagu.area.AreaQueries;
import jp.tsunagu.area.Areas;
import jp.tsunagu.graph.MissingReferences;
import jp.tsunagu.graph.MissingReferences.Kind;
import jp.tsunagu.organization.OrganizationQueries;
import jp.tsunagu.taxonomy.CommissionInputs.CommissionPayload;
import jp.tsunagu.taxonomy.CommissionInputs.CreateCommissionInput;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Validates each commission mutation in full, then writes it in the same transaction; a payload
 * with errors means nothing was written.
 */
@Component
class CommissionService {

	private static final int MAX_NOTE = 4000;

	/** 重層的支援体制整備事業 and its transition programme exist from the amended Social Welfare Act's entry into force. */
	static final LocalDate JUSO_START = LocalDate.of(2021, 4, 1);

	private final CommissionQueries commissions;

	private final OrganizationQueries organizations;

	private final AreaQueries areas;

	private final MissingReferences references;

	private final TransactionalOperator transaction;

	CommissionService(CommissionQueries commissions, OrganizationQueries organizations, AreaQueries areas,
			MissingReferences references, TransactionalOperator transaction) {
		this.commissions = commissions;
		this.organizations = organizations;
		this.areas = areas;
		this.references = references;
		this.transaction = transaction;
	}

	Mono<CommissionPayload> create(CreateCommissionInput input) {
		UserErrors errors = new UserErrors().maxLength("note", input.note(), MAX_NOTE);
		checkProgramme(errors, input);
		Mono<CommissionPayload> write = checkOrganization(errors, input.organizationId())
			.then(checkFunction(errors, input.functionCode()))
			.then(checkMunicipality(errors, input.municipalityCode()))
			.then(Mono.defer(() -> errors.isEmpty() ? checkDuplicate(errors, input) : Mono.just(errors)))
			.flatMap(checked -> checked.isEmpty() ? commissions.create(input).map(CommissionPayload::success)
					: Mono.just(CommissionPayload.failure(checked.list())));
		return transaction.transactional(write);
	}

	Mono<CommissionPayload> remove(String id) {
		return transaction.transactional(commissions.remove(id)
			.map(CommissionPayload::success)
			.switchIfEmpty(Mono.fromSupplier(() -> CommissionPayload
				.failure(new UserErrors().add("id", "no commission with id " + id).list()))));
	}

	private static void checkProgramme(UserErrors errors, CreateCommissionInput input) {
		if (!input.modeOrDefault().runs()) {
			errors.add("mode", "a commission runs the function: 直営 (DIRECT), 委託 (COMMISSIONED) or 補助 (SUBSIDY), not "
					+ input.modeOrDefault());
		}
		if (input.periodFrom() != null && input.periodTo() != null && input.periodTo().isBefore(input.periodFrom())) {
			errors.add("periodTo", "ends before periodFrom " + input.periodFrom());
		}
		LocalDate start = input.periodFrom() != null ? input.periodFrom() : input.since();
		if (input.programmeOrDefault().startsWithJuso() && start != null && start.isBefore(JUSO_START)) {
			errors.add(input.periodFrom() != null ? "periodFrom" : "since",
					"重層的支援体制整備事業 and its transition programme start on " + JUSO_START
							+ "; record earlier work under its model project (MODEL_MULTI_AGENCY, MODEL_COMMUNITY_STRENGTH)");
		}
	}

	private Mono<UserErrors> checkOrganization(UserErrors errors, String organizationId) {
		return organizations.byIds(List.of(organizationId))
			.next()
			.map(organization -> organization.archived()
					? errors.add("organizationId", "organisation " + organizationId + " is archived")
					: errors)
			.switchIfEmpty(Mono.fromSupplier(() -> errors.add("organizationId", "no organisation with id " + organizationId)));
	}

	private Mono<UserErrors> checkFunction(UserErrors errors, String functionCode) {
		return references.missing(Kind.SUPPORT_FUNCTION, List.of(functionCode))
			.map(missing -> missing.isEmpty() ? errors
					: errors.add("functionCode", "no 重層 function with code " + functionCode));
	}

	private Mono<UserErrors> checkMunicipality(UserErrors errors, String municipalityCode) {
		return Areas.require(areas.byCode(municipalityCode), municipalityCode, errors, "municipalityCode")
			.map(area -> area.kind() == AreaKind.MUNICIPALITY || area.kind() == AreaKind.WARD ? errors
					: errors.add("municipalityCode", "must be a municipality or ward (市区町村・行政区), "
							+ municipalityCode + " is a " + area.kind()))
			.defaultIfEmpty(errors);
	}

	private Mono<UserErrors> checkDuplicate(UserErrors errors, CreateCommissionInput input) {
		return commissions.exists(input.organizationId(), input.functionCode(), input.municipalityCode())
			.map(exists -> exists ? errors.add("functionCode", "organisation " + input.organizationId()
					+ " is already commissioned for function " + input.functionCode() + " in "
					+ input.municipalityCode()) : errors);
	}
}
