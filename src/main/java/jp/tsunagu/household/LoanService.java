package jp.tsunagu.household;

import java.time.LocalDate;

import jp.tsunagu.household.HouseholdInputs.AddLoanInput;
import jp.tsunagu.household.HouseholdInputs.UpdateLoanInput;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Records special-loan decisions (特例貸付) and their repayment status (償還状況). */
@Service
class LoanService {

	static final int MAX_AMOUNT_YEN = 2_000_000;

	/** The special loans of the COVID-19 response were first accepted on this day. */
	static final LocalDate SPECIAL_LOANS_BEGAN = LocalDate.of(2020, 3, 25);

	private final HouseholdQueries queries;

	private final HouseholdValidation checks;

	private final CheckedWrite checkedWrite;

	LoanService(HouseholdQueries queries, HouseholdValidation checks, CheckedWrite checkedWrite) {
		this.queries = queries;
		this.checks = checks;
		this.checkedWrite = checkedWrite;
	}

	Mono<HouseholdPayload> add(HouseholdAccess access, AddLoanInput input) {
		return checkedWrite.run(access, errors -> {
			errors.required("loanType", input.loanType())
				.required("amount", input.amount())
				.required("decidedOn", input.decidedOn())
				.required("repaymentStatus", input.repaymentStatus());
			if (input.amount() != null && (input.amount() < 1 || input.amount() > MAX_AMOUNT_YEN)) {
				errors.add("amount", "must be between 1 and " + MAX_AMOUNT_YEN + " yen, was " + input.amount());
			}
			HouseholdValidation.notInFuture(errors, "decidedOn", input.decidedOn());
			if (input.decidedOn() != null && input.decidedOn().isBefore(SPECIAL_LOANS_BEGAN)) {
				errors.add("decidedOn", "special loans began on " + SPECIAL_LOANS_BEGAN + ", was " + input.decidedOn());
			}
			return checks.changeable(access, errors, "householdId", input.householdId());
		}, () -> queries.addLoan(input));
	}

	Mono<HouseholdPayload> update(HouseholdAccess access, UpdateLoanInput input) {
		return checkedWrite.run(access, errors -> {
			errors.required("repaymentStatus", input.repaymentStatus());
			if (input.loanId() == null || input.loanId().isBlank()) {
				errors.required("loanId", input.loanId());
				return Mono.empty();
			}
			return queries.householdOfLoan(access, input.loanId())
				.switchIfEmpty(Mono.fromRunnable(() -> errors.add("loanId", "no loan with id " + input.loanId())))
				.doOnNext(household -> HouseholdValidation.stillChangeable(errors, "loanId", household));
		}, () -> queries.updateLoan(input.loanId(), input.repaymentStatus()));
	}
}
