package jp.tsunagu.household;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jp.tsunagu.api.UserError;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.audit.AuditLog;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Records one audit event per household read or written, and one per refused household mutation: who, when, through
 * which field, which fields, and on what grounds (role, record holder, consent). Called inside the transaction of the read or write it records, so if the
 * event cannot be written the read or write fails with it: nothing is seen unrecorded. The API has no way to change
 * or delete an event.
 */
@Component
public class HouseholdAudit {

	private static final Pattern QUOTED = Pattern.compile("「[^」]*」|\"[^\"]*\"");

	private final AuditLog log;

	HouseholdAudit(AuditLog log) {
		this.log = log;
	}

	Mono<Void> read(HouseholdAccess access, Collection<String> householdIds) {
		return record(access, AuditAction.READ, householdIds);
	}

	public Mono<Void> written(HouseholdAccess access, String householdId) {
		return record(access, AuditAction.WRITE, List.of(householdId));
	}

	/**
	 * A refused mutation: no household is named (the id given may be out of scope), the reasons are, without the text
	 * the caller gave (a note, a task's title: household data), which messages quote in 「」 or "".
	 */
	public Mono<Void> refused(HouseholdAccess access, List<UserError> errors) {
		String refusal = errors.stream()
			.map(error -> String.join(".", error.field()) + ": " + withoutQuotedText(error.message()))
			.collect(Collectors.joining("; ", "refused: ", ""));
		return log.householdWriteRefused(access.viewer(), access.operation(), access.fields(), refusal);
	}

	static String withoutQuotedText(String message) {
		return QUOTED.matcher(message).replaceAll(quoted -> Matcher.quoteReplacement(
				quoted.group().startsWith("「") ? "「…」" : "\"…\""));
	}

	private Mono<Void> record(HouseholdAccess access, AuditAction action, Collection<String> householdIds) {
		return log.householdUse(access.viewer(), action, access.operation(), access.fields(), access.arguments(),
				householdIds, HouseholdScope.GROUNDS);
	}
}
