package jp.tsunagu.taxonomy;

import java.util.ArrayList;
import java.util.List;

import jp.tsunagu.api.UserError;
import jp.tsunagu.api.UserErrors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** 未実施: a municipality's record that it does not run a 重層 function, which the coverage matrix shows as a gap. */
@Controller
class FunctionStatusController {

	record RecordFunctionNotRunningInput(String municipalityCode, String functionCode, Boolean notRunning) {
	}

	record FunctionNotRunningPayload(String municipalityCode, String functionCode, Boolean notRunning,
			List<UserError> errors) {
	}

	private final FunctionStatusWrites writes;

	private final TransactionalOperator transaction;

	FunctionStatusController(FunctionStatusWrites writes, TransactionalOperator transaction) {
		this.writes = writes;
		this.transaction = transaction;
	}

	@MutationMapping
	Mono<FunctionNotRunningPayload> recordFunctionNotRunning(@Argument RecordFunctionNotRunningInput input) {
		UserErrors required = new UserErrors().required("municipalityCode", input.municipalityCode())
			.required("functionCode", input.functionCode());
		if (!required.isEmpty()) {
			return Mono.just(refused(required.list()));
		}
		Mono<FunctionNotRunningPayload> write = writes.find(input.municipalityCode(), input.functionCode())
			.flatMap(found -> {
				List<UserError> errors = new ArrayList<>();
				if (!found.municipality()) {
					errors.add(UserError.of("municipalityCode", "コード " + input.municipalityCode() + " の市町村はありません",
							"no municipality with code " + input.municipalityCode()));
				}
				if (!found.function()) {
					errors.add(UserError.of("functionCode", "コード " + input.functionCode() + " の機能はありません",
							"no 重層 function with code " + input.functionCode()));
				}
				else if (found.running() && input.notRunning()) {
					errors.add(UserError.of("functionCode",
							"この機能は委託・直営・補助で実施中です。未実施とするには先にその記録を終了してください",
							"a commission runs this function there; end or remove it before recording the function as not run"));
				}
				return errors.isEmpty()
						? writes.record(input.municipalityCode(), input.functionCode(), input.notRunning())
							.thenReturn(new FunctionNotRunningPayload(input.municipalityCode(), input.functionCode(),
									input.notRunning(), List.of()))
						: Mono.just(refused(errors));
			});
		return transaction.transactional(write);
	}

	private static FunctionNotRunningPayload refused(List<UserError> errors) {
		return new FunctionNotRunningPayload(null, null, null, errors);
	}
}
