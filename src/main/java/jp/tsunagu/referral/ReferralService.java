package jp.tsunagu.referral;

import java.time.OffsetDateTime;
import java.util.List;

import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.api.TextInput;
import jp.tsunagu.api.UserError;
import jp.tsunagu.api.UserErrors;
import jp.tsunagu.casework.ContactKind;
import jp.tsunagu.casework.ContactLog;
import jp.tsunagu.casework.ContactOutcome;
import jp.tsunagu.household.AuditedRead;
import jp.tsunagu.household.HouseholdAccess;
import jp.tsunagu.household.HouseholdAudit;
import jp.tsunagu.household.HouseholdValidation;
import jp.tsunagu.household.Protection;
import jp.tsunagu.organization.OrganizationQueries;
import jp.tsunagu.referral.ReferralWrites.Change;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Referrals (つなぎ) to their outcome: a coordinator refers a household they may see to another organisation that the
 * household's consent to referral names; the referral then moves through the closed-loop statuses
 * ({@link ReferralTransitions}), each move by the party allowed to make it, with a reason to reject, cancel or fail and
 * an outcome to complete. A move names the version it was read at: of two staff accepting at once, one wins and the
 * other is told the referral changed. Checked in full before anything is written; audited and published (outbox) in
 * the transaction of the write. Acceptance ties the receiver to the household; completion records its contact.
 */
@Service
class ReferralService {

	static final int MAX_TEXT = 500;

	record ReferHouseholdInput(String householdId, String organizationId, Boolean draft) {
	}

	record TransitionReferralInput(String referralId, ReferralStatus to, Integer expectedVersion, ReferralReason reason,
			String reasonText, ReferralOutcome outcome, String outcomeText, ContactKind contactKind) {
	}

	record ReferralPayload(Referral referral, List<UserError> errors) {
	}

	private final ReferralQueries referrals;

	private final ReferralWrites writes;

	private final ReferralEvents events;

	private final OrganizationQueries organizations;

	private final HouseholdValidation checks;

	private final HouseholdAudit audit;

	private final AuditedRead audited;

	private final ContactLog contacts;

	private final TransactionalOperator transaction;

	ReferralService(ReferralQueries referrals, ReferralWrites writes, ReferralEvents events,
			OrganizationQueries organizations, HouseholdValidation checks, HouseholdAudit audit, AuditedRead audited,
			ContactLog contacts, TransactionalOperator transaction) {
		this.referrals = referrals;
		this.writes = writes;
		this.events = events;
		this.organizations = organizations;
		this.checks = checks;
		this.audit = audit;
		this.audited = audited;
		this.contacts = contacts;
		this.transaction = transaction;
	}

	/** The caller's organisation's referrals; every household they name is recorded in the audit log. */
	Mono<Connection<Referral>> list(HouseholdAccess access, ReferralStatus status, Boolean incoming, PageRequest page) {
		return audited.run(access,
				referrals.list(access.caller().organizationId(), status, incoming, page),
				connection -> connection.nodes().stream().map(Referral::householdId).distinct().toList());
	}

	Mono<Referral> one(HouseholdAccess access, String id) {
		return audited.run(access, referrals.byId(id, access.caller().organizationId()),
				referral -> List.of(referral.householdId()));
	}

	Mono<ReferralPayload> refer(HouseholdAccess access, ReferHouseholdInput input) {
		String from = access.caller().organizationId();
		String to = input.organizationId();
		return transaction.transactional(Mono.defer(() -> {
			UserErrors errors = new UserErrors();
			errors.required("organizationId", to);
			if (from == null) {
				errors.add("input", "紹介元の組織がありません", "your account names no organisation to refer from");
			}
			else if (from.equals(to)) {
				errors.add("organizationId", "自組織には紹介できません", "you cannot refer to your own organisation");
			}
			Mono<Void> household = checks.changeable(access, errors, "householdId", input.householdId())
				.doOnNext(found -> {
					if (found.protection() != Protection.NONE) {
						errors.add("householdId", "a DV or crime-victim household is not referred through the hub, "
								+ "so that no other organisation learns of it; its supporters contact the organisation directly");
					}
				})
				.then();
			Mono<Void> target = to == null || to.isBlank() ? Mono.empty()
					: organizations.byId(to)
						.doOnNext(organization -> {
							if (organization.archived()) {
								errors.add("organizationId", "organisation " + to + " is archived");
							}
						})
						.switchIfEmpty(Mono.fromRunnable(() -> errors.add("organizationId", "no organisation with id " + to)))
						.then();
			Mono<Void> consented = Mono.defer(() -> !errors.isEmpty() ? Mono.empty()
					: referrals.consentToRefer(input.householdId(), to).doOnNext(yes -> {
						if (!yes) {
							errors.add("organizationId",
									"the household has no active consent to referral (REFERRAL) naming this organisation");
						}
					}).then());
			Mono<Void> notTwice = Mono.defer(() -> !errors.isEmpty() ? Mono.empty()
					: referrals.open(input.householdId(), to).doOnNext(open -> {
						if (open) {
							errors.add("organizationId", "a referral to this organisation is already open");
						}
					}).then());
			ReferralStatus initial = Boolean.TRUE.equals(input.draft()) ? ReferralStatus.DRAFT : ReferralStatus.REQUESTED;
			return Flux.concat(household, target, consented, notTwice)
				.then(Mono.defer(() -> errors.isEmpty()
						? written(access, writes.create(input.householdId(), from, to, initial, access.caller().username()))
						: refused(access, errors)));
		}));
	}

	Mono<ReferralPayload> transition(HouseholdAccess access, TransitionReferralInput input) {
		String organizationId = access.caller().organizationId();
		return transaction.transactional(Mono.defer(() -> {
			UserErrors errors = new UserErrors();
			errors.required("to", input.to());
			errors.required("expectedVersion", input.expectedVersion());
			errors.cleanText("reasonText", input.reasonText(), true).maxLength("reasonText", input.reasonText(), MAX_TEXT);
			errors.cleanText("outcomeText", input.outcomeText(), true)
				.maxLength("outcomeText", input.outcomeText(), MAX_TEXT);
			if (input.referralId() == null || input.referralId().isBlank()) {
				errors.required("referralId", input.referralId());
				return refused(access, errors);
			}
			if (input.to() != null) {
				reasonAndOutcome(errors, input);
			}
			// read once to find the referral, lock it, then read what the last committed change left
			return referrals.byId(input.referralId(), organizationId)
				.switchIfEmpty(Mono.fromRunnable(() -> errors.add("referralId",
						"この紹介はありません", "no referral with id " + input.referralId() + " from or to your organisation")))
				.flatMap(found -> writes.lock(found.id()).then(referrals.byId(found.id(), organizationId)))
				.doOnNext(current -> allowed(errors, current, input, organizationId))
				.flatMap(current -> !errors.isEmpty() ? refused(access, errors)
						: move(access, current, input))
				.switchIfEmpty(Mono.defer(() -> refused(access, errors)));
		}));
	}

	private Mono<ReferralPayload> move(HouseholdAccess access, Referral current, TransitionReferralInput input) {
		ReferralParty party = current.partyOf(access.caller().organizationId());
		Change change = new Change(input.to(), party, access.caller().username(), access.caller().organizationId(),
				ReferralTransitions.needsReason(input.to()) ? input.reason() : null, clean(input.reasonText()),
				input.to() == ReferralStatus.COMPLETED ? input.outcome() : null, clean(input.outcomeText()));
		Mono<Referral> moved = writes.move(current.id(), change);
		if (input.to() == ReferralStatus.COMPLETED) {
			moved = moved.flatMap(referral -> contacts
				.record(referral.householdId(), referral.to().id(), input.contactKind(), OffsetDateTime.now(),
						ContactOutcome.REFERRAL_COMPLETED, null, access.caller().username())
				.thenReturn(referral));
		}
		return written(access, moved);
	}

	/** The caller's party may make this move from the status the referral has now, at the version it was read. */
	private static void allowed(UserErrors errors, Referral current, TransitionReferralInput input,
			String organizationId) {
		if (input.expectedVersion() != null && input.expectedVersion() != current.version()) {
			errors.add("expectedVersion", "この紹介は他の人が先に更新しました（現在: " + current.status().labelJa() + "、版 "
					+ current.version() + "）。読み直してください", "conflict: the referral was changed meanwhile (now "
					+ current.status().name() + ", version " + current.version() + "); read it again");
			return;
		}
		if (input.to() == null) {
			return;
		}
		ReferralParty allowedParty = ReferralTransitions.party(current.status(), input.to());
		if (allowedParty == null) {
			errors.add("to", current.status().labelJa() + "から" + input.to().labelJa() + "へは変更できません", "a referral "
					+ current.status().name() + " cannot become " + input.to().name());
		}
		else if (allowedParty != current.partyOf(organizationId)) {
			errors.add("to", (allowedParty == ReferralParty.SENDER ? "紹介元" : "紹介先") + "だけが"
					+ input.to().labelJa() + "にできます", "only the " + allowedParty.name().toLowerCase()
					+ " may make a referral " + input.to().name());
		}
	}

	private static void reasonAndOutcome(UserErrors errors, TransitionReferralInput input) {
		if (ReferralTransitions.needsReason(input.to())) {
			if (input.reason() == null) {
				errors.add("reason", "理由を選んでください", "a reason is required to make a referral " + input.to().name());
			}
			else if (input.reason().systemOnly()) {
				errors.add("reason", "この理由はシステムだけが使います", input.reason().name() + " is set by the hub only");
			}
			else if (input.reason() == ReferralReason.OTHER && blank(input.reasonText())) {
				errors.add("reasonText", "「その他」の理由を書いてください", "say what the other reason is");
			}
		}
		else if (input.reason() != null) {
			errors.add("reason", "理由は辞退・取消・不成立のときだけです", "a reason is given only to reject, cancel or fail");
		}
		if (input.to() == ReferralStatus.COMPLETED) {
			if (input.outcome() == null) {
				errors.add("outcome", "結果を選んでください", "an outcome is required to complete a referral");
			}
			else if (input.outcome() == ReferralOutcome.OTHER && blank(input.outcomeText())) {
				errors.add("outcomeText", "「その他」の結果を書いてください", "say what the other outcome is");
			}
			if (input.contactKind() == null) {
				errors.add("contactKind", "完了を確認した接触の種類を選んでください", "how the completion was confirmed "
						+ "(the contact it records) is required");
			}
		}
		else if (input.outcome() != null) {
			errors.add("outcome", "結果は完了のときだけです", "an outcome is given only to complete");
		}
	}

	private Mono<ReferralPayload> written(HouseholdAccess access, Mono<Referral> write) {
		String organizationId = access.caller().organizationId();
		return write.switchIfEmpty(Mono.error(() -> new IllegalStateException("a checked referral write matched nothing")))
			.flatMap(events::changed)
			.flatMap(referral -> audit.written(access, referral.householdId())
				.thenReturn(new ReferralPayload(referral.seenBy(organizationId), List.of())));
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String clean(String text) {
		return blank(text) ? null : TextInput.text(text);
	}

	/** Audited like a household write refused, in the transaction of the checks. */
	private Mono<ReferralPayload> refused(HouseholdAccess access, UserErrors errors) {
		return audit.refused(access, errors.list()).thenReturn(new ReferralPayload(null, errors.list()));
	}
}
