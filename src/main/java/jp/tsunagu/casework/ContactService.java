package jp.tsunagu.casework;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.api.TextInput;
import jp.tsunagu.api.UserError;
import jp.tsunagu.api.UserErrors;
import jp.tsunagu.household.AuditedRead;
import jp.tsunagu.household.HouseholdAccess;
import jp.tsunagu.household.HouseholdAudit;
import jp.tsunagu.household.HouseholdValidation;
import jp.tsunagu.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The contact log (接触記録): staff who may see a household record their contacts with it, correct or void those their
 * organisation recorded (never delete them), and read its log. Checked in full before anything is written; every
 * write and every read is in the audit log, in the same transaction.
 */
@Service
class ContactService {

	static final int MAX_NOTE = 2000;

	static final int MAX_REASON = 500;

	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	record RecordContactInput(String householdId, ContactKind kind, OffsetDateTime at, ContactOutcome outcome,
			String personId, String note) {
	}

	record AmendContactInput(String contactId, String reason, Integer expectedVersion, ContactKind kind,
			OffsetDateTime at, ContactOutcome outcome, String note) {
	}

	record VoidContactInput(String contactId, String reason, Integer expectedVersion) {
	}

	record ContactPayload(Contact contact, List<UserError> errors) {
	}

	private final ContactQueries queries;

	private final ContactWrites writes;

	private final HouseholdValidation checks;

	private final HouseholdAudit audit;

	private final AuditedRead audited;

	private final CaseworkMetrics metrics;

	private final TransactionalOperator transaction;

	ContactService(ContactQueries queries, ContactWrites writes, HouseholdValidation checks, HouseholdAudit audit,
			AuditedRead audited, CaseworkMetrics metrics, TransactionalOperator transaction) {
		this.queries = queries;
		this.writes = writes;
		this.checks = checks;
		this.audit = audit;
		this.audited = audited;
		this.metrics = metrics;
		this.transaction = transaction;
	}

	Mono<Connection<Contact>> log(HouseholdAccess access, String householdId, PageRequest page) {
		Connection<Contact> none = new Connection<>(List.of(), new Connection.PageInfo(false, false, null, null), 0);
		Mono<Map.Entry<Boolean, Connection<Contact>>> read = queries.visible(access, householdId)
			.flatMap(visible -> visible ? queries.log(access, householdId, page).map(log -> Map.entry(true, log))
					: Mono.just(Map.entry(false, none)));
		return audited.run(access, read, seen -> seen.getKey() ? List.of(householdId) : List.<String>of())
			.map(Map.Entry::getValue);
	}

	Mono<ContactPayload> record(HouseholdAccess access, RecordContactInput input) {
		String organizationId = access.caller().organizationId();
		String personId = input.personId() != null ? input.personId()
				: access.caller().role() == Role.COMMISSIONED_VOLUNTEER ? access.caller().personId() : null;
		return transaction.transactional(Mono.defer(() -> {
			UserErrors errors = new UserErrors();
			errors.required("kind", input.kind());
			errors.required("outcome", input.outcome());
			when(errors, "at", input.at());
			note(errors, input.note());
			if (organizationId == null) {
				errors.add("input", "所属組織のないアカウントは接触を記録できません", "your account names no organisation");
			}
			Mono<Void> householdAndPerson = checks.changeable(access, errors, "householdId", input.householdId())
				.filter(found -> personId != null && !personId.equals(access.caller().personId()))
				.flatMap(found -> queries.personSupports(personId, found.id()))
				.doOnNext(supports -> {
					if (!supports) {
						errors.add("personId", "この人はこの世帯を支援していません", "person " + personId
								+ " does not support this household");
					}
				})
				.then();
			return householdAndPerson
				.then(Mono.defer(() -> errors.isEmpty()
						? written(access, writes.record(input.householdId(), organizationId, personId, input.kind(),
								input.at(), input.outcome(), clean(input.note()), access.caller().username()))
						: refused(access, errors)));
		}));
	}

	Mono<ContactPayload> amend(HouseholdAccess access, AmendContactInput input) {
		return change(access, input.contactId(), input.reason(), input.expectedVersion(), errors -> {
			if (input.at() != null) {
				when(errors, "at", input.at());
			}
			note(errors, input.note());
			if (input.kind() == null && input.at() == null && input.outcome() == null && input.note() == null) {
				errors.add("input", "訂正する項目がありません", "give at least one of kind, at, outcome, note to correct");
			}
		}, () -> writes.amend(input.contactId(), input.kind(), input.at(), input.outcome(),
				input.note() == null ? null : input.note().isBlank() ? "" : TextInput.text(input.note()), clean(input.reason()), access.caller().username()));
	}

	Mono<ContactPayload> voidContact(HouseholdAccess access, VoidContactInput input) {
		return change(access, input.contactId(), input.reason(), input.expectedVersion(), errors -> {
		}, () -> writes.voidContact(input.contactId(), clean(input.reason()), access.caller().username()));
	}

	/** Amend and void: a reason, a contact the caller may see, recorded by their organisation, not void yet. */
	private Mono<ContactPayload> change(HouseholdAccess access, String contactId, String reason,
			Integer expectedVersion, java.util.function.Consumer<UserErrors> inputChecks,
			java.util.function.Supplier<Mono<ContactWrites.Written>> write) {
		return transaction.transactional(Mono.defer(() -> {
			UserErrors errors = new UserErrors();
			errors.required("reason", reason);
			errors.cleanText("reason", reason, true);
			errors.maxLength("reason", reason, MAX_REASON);
			inputChecks.accept(errors);
			if (contactId == null || contactId.isBlank()) {
				errors.required("contactId", contactId);
				return refused(access, errors);
			}
			return queries.state(access, contactId)
				.switchIfEmpty(Mono.fromRunnable(() -> errors.add("contactId",
						"この接触記録はありません", "no contact with id " + contactId)))
				.doOnNext(state -> {
					if (!java.util.Objects.equals(state.organizationId(), access.caller().organizationId())) {
						errors.add("contactId", "記録した組織だけが訂正・取消できます", "only the organisation that recorded "
								+ "a contact may correct or void it");
					}
					if (state.voided()) {
						errors.add("contactId", "取消済みの接触記録です", "the contact is void already");
					}
					if (state.archived()) {
						errors.add("contactId", "世帯の記録は保存済みで変更できません", "the household is archived");
					}
					if (expectedVersion != null && expectedVersion != state.version()) {
						errors.add("expectedVersion", "他の人が先に変更しました（現在の版 " + state.version()
								+ "）。読み直してください", "the contact was changed by someone else meanwhile (now version "
								+ state.version() + "); read it again");
					}
				})
				.then(Mono.defer(() -> errors.isEmpty() ? written(access, write.get()) : refused(access, errors)));
		}));
	}

	private Mono<ContactPayload> written(HouseholdAccess access, Mono<ContactWrites.Written> write) {
		return write.switchIfEmpty(Mono.error(() -> new IllegalStateException("a checked contact write matched nothing")))
			.flatMap(written -> audit.written(access, written.contact().householdId()).thenReturn(written))
			.doOnNext(written -> {
				if (written.contact().history().size() == 1) {
					metrics.contactRecorded(written.contact().kind(), written.contact().outcome(), written.municipality());
				}
			})
			.map(written -> new ContactPayload(written.contact(), List.of()));
	}

	private static void when(UserErrors errors, String field, OffsetDateTime at) {
		errors.required(field, at);
		if (at != null && at.isAfter(OffsetDateTime.now().plus(CLOCK_SKEW))) {
			errors.add(field, "未来の日時は記録できません", "must not be in the future, was " + at);
		}
	}

	private static void note(UserErrors errors, String note) {
		errors.cleanText("note", note, true);
		errors.maxLength("note", note, MAX_NOTE);
	}

	private static String clean(String text) {
		return text == null || text.isBlank() ? null : TextInput.text(text);
	}

	/** Audited like a household write refused, in the transaction of the checks. */
	private Mono<ContactPayload> refused(HouseholdAccess access, UserErrors errors) {
		return audit.refused(access, errors.list()).thenReturn(new ContactPayload(null, errors.list()));
	}
}
