package jp.tsunagu.meeting;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jp.tsunagu.api.UserError;
import jp.tsunagu.api.UserErrors;
import jp.tsunagu.graph.MissingReferences;
import jp.tsunagu.household.HouseholdAccess;
import jp.tsunagu.household.HouseholdAudit;
import jp.tsunagu.household.HouseholdValidation;
import jp.tsunagu.household.Protection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static jp.tsunagu.graph.CypherParameters.listOrEmpty;

/**
 * Records a meeting: the secretariat of its body records it, naming who took part and the households discussed,
 * each with the legal basis its case was shared on. Checked in full before anything is written; every household is
 * recorded in the audit log with the write.
 */
@Service
class MeetingService {

	static final int MAX_PARTICIPANTS = 100;

	static final int MAX_HOUSEHOLDS = 50;

	record DiscussedHouseholdInput(String householdId, SharingBasis basis) {
	}

	record RecordMeetingInput(MeetingKind kind, String title, String bodyId, OffsetDateTime heldAt,
			List<String> organizationIds, List<String> personIds, String minutes,
			List<DiscussedHouseholdInput> households) {
	}

	record MeetingPayload(Meeting meeting, List<UserError> errors) {
	}

	private final MeetingQueries queries;

	private final MeetingWrites writes;

	private final MissingReferences references;

	private final HouseholdValidation households;

	private final HouseholdAudit audit;

	private final TransactionalOperator transaction;

	MeetingService(MeetingQueries queries, MeetingWrites writes, MissingReferences references,
			HouseholdValidation households, HouseholdAudit audit, TransactionalOperator transaction) {
		this.queries = queries;
		this.writes = writes;
		this.references = references;
		this.households = households;
		this.audit = audit;
		this.transaction = transaction;
	}

	Mono<MeetingPayload> record(HouseholdAccess access, RecordMeetingInput input) {
		String recorder = access.caller().organizationId();
		List<String> organizationIds = List.copyOf(new LinkedHashSet<>(listOrEmpty(input.organizationIds())));
		List<String> personIds = List.copyOf(new LinkedHashSet<>(listOrEmpty(input.personIds())));
		List<DiscussedHouseholdInput> discussed = input.households() == null ? List.of() : input.households();
		return transaction.transactional(Mono.defer(() -> {
			UserErrors errors = new UserErrors();
			errors.required("kind", input.kind()).required("title", input.title()).required("heldAt", input.heldAt());
			errors.cleanText("title", input.title(), false).maxLength("title", input.title(), 200);
			errors.cleanText("minutes", input.minutes(), true).maxLength("minutes", input.minutes(), 20_000);
			if (organizationIds.isEmpty()) {
				errors.add("organizationIds", "参加機関を1つ以上指定してください", "name at least one participating organisation");
			}
			if (organizationIds.size() + personIds.size() > MAX_PARTICIPANTS) {
				errors.add("organizationIds", "参加者は" + MAX_PARTICIPANTS + "までです", "at most " + MAX_PARTICIPANTS
						+ " participants (organisations and people together)");
			}
			if (discussed.size() > MAX_HOUSEHOLDS) {
				errors.add("households", "1回の会議で記録できる世帯は" + MAX_HOUSEHOLDS + "までです", "at most "
						+ MAX_HOUSEHOLDS + " households per meeting");
			}
			List<String> secretariat = new ArrayList<>();
			Mono<Void> body = input.bodyId() == null || input.bodyId().isBlank()
					? Mono.fromRunnable(() -> errors.required("bodyId", input.bodyId()))
					: queries.body(input.bodyId()).doOnNext(found -> {
						secretariat.addAll(found.secretariat());
						if (found.archived()) {
							errors.add("bodyId", "「" + found.name() + "」は廃止されています", found.name() + " is archived");
						}
						else if (found.secretariat().isEmpty()) {
							errors.add("bodyId", "「" + found.name() + "」には事務局が登録されていません", "the network has no "
									+ "secretariat (SECRETARIAT member) to record its meetings");
						}
						else if (!found.secretariat().contains(recorder)) {
							errors.add("bodyId", "会議を記録できるのは事務局の職員だけです", "only the staff of the body's "
									+ "secretariat record its meetings");
						}
						else if (input.kind() == MeetingKind.INTERNAL_TASKFORCE && found.network()) {
							errors.add("kind", "対策会議は社協の内部の会議です。開催主体に社協を指定してください", "an internal "
									+ "対策会議 is held by an organisation, not a network");
						}
					}).switchIfEmpty(Mono.fromRunnable(() -> errors.add("bodyId",
							"会議体が見つかりません", "no network or organisation with id " + input.bodyId()))).then();
			Mono<Void> organizations = references.missing(MissingReferences.Kind.ORGANIZATION, organizationIds)
				.doOnNext(missing -> missing.forEach(id -> errors.add("organizationIds",
						"機関が見つかりません", "no organisation with id " + id)))
				.then();
			Mono<Void> people = references.missing(MissingReferences.Kind.PERSON, personIds)
				.doOnNext(missing -> missing.forEach(id -> errors.add("personIds", "人が見つかりません", "no person with id " + id)))
				.then();
			List<Map<String, Object>> shared = new ArrayList<>();
			Flux<Void> householdChecks = Flux.fromIterable(discussed)
				.concatMap(entry -> household(access, errors, input.kind(), entry).doOnNext(shared::add).then());
			return Flux.concat(body, organizations, people, householdChecks)
				.then(Mono.defer(() -> errors.isEmpty()
						? writes
							.create(input.bodyId(), input.kind(), input.title().strip(), input.heldAt().toString(),
									input.minutes(), secretariat, organizationIds, personIds, shared,
									access.caller().username())
							.flatMap(id -> Flux.fromIterable(shared)
								.concatMap(entry -> audit.written(access, (String) entry.get("householdId")))
								.then(queries.byId(access, id)))
							.map(meeting -> new MeetingPayload(meeting, List.of()))
						: audit.refused(access, errors.list()).thenReturn(new MeetingPayload(null, errors.list()))));
		}));
	}

	/** The household as it is shared, once the recorder may see it and its basis holds. */
	private Mono<Map<String, Object>> household(HouseholdAccess access, UserErrors errors, MeetingKind kind,
			DiscussedHouseholdInput entry) {
		if (entry.basis() == null) {
			errors.required("households", null);
			return Mono.empty();
		}
		return households.changeable(access, errors, "households", entry.householdId()).flatMap(found -> {
			if (found.protection() != Protection.NONE) {
				errors.add("households", "DV・犯罪被害の世帯は会議の記録に載せません", "a DV or crime-victim household is not "
						+ "recorded at a meeting, so that no participant learns of it");
				return Mono.empty();
			}
			Map<String, Object> shared = new HashMap<>();
			shared.put("householdId", found.id());
			shared.put("basis", entry.basis().name());
			if (entry.basis() == SharingBasis.STATUTORY) {
				if (kind == null || kind.statute() == null) {
					errors.add("households", "この種類の会議には法定の共有根拠がありません。本人の同意によってください",
							"this kind of meeting has no statutory basis for sharing; household " + found.code()
							+ " needs its consent");
					return Mono.empty();
				}
				shared.put("statute", kind.statute());
				return Mono.just(shared);
			}
			return queries.caseConferenceConsent(found.id(), access.caller().organizationId()).map(consentId -> {
				shared.put("consentId", consentId);
				return shared;
			}).switchIfEmpty(Mono.fromRunnable(() -> errors.add("households", "世帯 " + found.code()
					+ " には支援会議での共有への有効な同意がありません", "household " + found.code()
					+ " has no active consent to sharing at case meetings (CASE_CONFERENCE) naming your organisation")));
		});
	}
}
