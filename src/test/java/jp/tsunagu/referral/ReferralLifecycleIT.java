package jp.tsunagu.referral;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Stream;

import jp.tsunagu.support.CaseworkTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The closed-loop lifecycle: every move from every status by either party, allowed or refused; reasons and outcomes;
 * two staff accepting at once; expiry; cancellation by a withdrawn consent; and what the receiver sees before it
 * accepts.
 */
class ReferralLifecycleIT extends CaseworkTestSupport {

	@Autowired
	private ReferralExpiry expiry;

	/** Every (from, to, party) of the ten statuses, and whether the table allows it. */
	static Stream<Arguments> everyMove() {
		List<Arguments> moves = new ArrayList<>();
		for (ReferralStatus from : ReferralStatus.values()) {
			for (ReferralStatus to : ReferralStatus.values()) {
				for (ReferralParty party : List.of(ReferralParty.SENDER, ReferralParty.RECEIVER)) {
					if (from == ReferralStatus.DRAFT && party == ReferralParty.RECEIVER) {
						continue; // a draft is the sender's alone: the receiver cannot find it (see below)
					}
					moves.add(Arguments.of(from, to, party, ReferralTransitions.party(from, to) == party));
				}
			}
		}
		return moves.stream();
	}

	@ParameterizedTest(name = "{0} → {1} by {2}: allowed {3}")
	@MethodSource("everyMove")
	void eachMoveIsAllowedOnlyToItsParty(ReferralStatus from, ReferralStatus to, ReferralParty party, boolean allowed) {
		String referralId = referralAt(from);
		GraphQlTester tester = party == ReferralParty.SENDER ? coordinator() : partnerStaff();
		List<Object> extras = new ArrayList<>();
		if (ReferralTransitions.needsReason(to)) {
			extras.addAll(List.of("reason", "NO_CAPACITY"));
		}
		if (to == ReferralStatus.COMPLETED) {
			extras.addAll(List.of("outcome", "EMPLOYED", "contactKind", "PHONE"));
		}
		GraphQlTester.Response response = transition(tester, referralId, to.name(), 0, extras.toArray());
		if (allowed) {
			response.path("transitionReferral.errors").entityList(Object.class).hasSize(0);
			response.path("transitionReferral.referral.status").entity(String.class).isEqualTo(to.name());
			response.path("transitionReferral.referral.version").entity(Integer.class).isEqualTo(1);
		}
		else {
			response.path("transitionReferral.referral").valueIsNull();
			response.path("transitionReferral.errors[*].field[1]").entityList(String.class).contains("to");
			assertThat(single("MATCH (r:Referral {id: $id}) RETURN r.status + '/' + r.version", "id", referralId))
				.isEqualTo(from.name() + "/0");
		}
	}

	@ParameterizedTest(name = "the next steps from {0}")
	@EnumSource(ReferralStatus.class)
	void nextStatusesAreTheMovesTheTableAllowsEachParty(ReferralStatus from) {
		String referralId = referralAt(from);
		for (ReferralParty party : List.of(ReferralParty.SENDER, ReferralParty.RECEIVER)) {
			if (from == ReferralStatus.DRAFT && party == ReferralParty.RECEIVER) {
				continue;
			}
			List<String> allowed = java.util.Arrays.stream(ReferralStatus.values())
				.filter(to -> ReferralTransitions.party(from, to) == party)
				.map(Enum::name)
				.toList();
			List<String> offered = (party == ReferralParty.SENDER ? coordinator() : partnerStaff())
				.document("query($id: ID!) { referral(id: $id) { nextStatuses } }")
				.variable("id", referralId)
				.execute()
				.path("referral.nextStatuses")
				.entityList(String.class)
				.get();
			assertThat(offered).as(party + " from " + from).isEqualTo(allowed);
		}
	}

	@Test
	void theReceiverCannotFindOrMoveADraft() {
		String household = household();
		consentToReferral(household, PARTNER);
		String draft = refer(household, PARTNER, true).path("referHousehold.referral.id").entity(String.class).get();
		transition(partnerStaff(), draft, "ACCEPTED", 0).path("transitionReferral.errors[*].field[1]")
			.entityList(String.class)
			.containsExactly("referralId");
		partnerStaff().documentName("referral-one").variable("id", draft).execute().path("referral").valueIsNull();
		transition(coordinator(), draft, "REQUESTED", 0).path("transitionReferral.referral.status")
			.entity(String.class)
			.isEqualTo("REQUESTED");
	}

	@Test
	void rejectingCancellingAndFailingNeedAReasonAndCompletingAnOutcome() {
		String referralId = requestedReferral(household());
		transition(partnerStaff(), referralId, "REJECTED", 0).path("transitionReferral.errors[*].field[1]")
			.entityList(String.class)
			.containsExactly("reason");
		transition(partnerStaff(), referralId, "REJECTED", 0, "reason", "OTHER")
			.path("transitionReferral.errors[*].field[1]")
			.entityList(String.class)
			.containsExactly("reasonText");
		transition(coordinator(), referralId, "CANCELLED", 0, "reason", "EXPIRED")
			.path("transitionReferral.errors[*].message")
			.entityList(String.class)
			.satisfies(messages -> assertThat(messages).singleElement().asString().contains("この理由はシステムだけが使います"));

		transition(partnerStaff(), referralId, "ACCEPTED", 0).path("transitionReferral.errors").entityList(Object.class).hasSize(0);
		transition(partnerStaff(), referralId, "COMPLETED", 1).path("transitionReferral.errors[*].field[1]")
			.entityList(String.class)
			.contains("outcome", "contactKind")
			.hasSize(2);
		transition(partnerStaff(), referralId, "COMPLETED", 1, "outcome", "OTHER", "contactKind", "VISIT")
			.path("transitionReferral.errors[*].field[1]")
			.entityList(String.class)
			.containsExactly("outcomeText");
	}

	@Test
	void completionRecordsTheOutcomeTheHistoryAndAContact() {
		String household = household();
		String referralId = requestedReferral(household);
		transition(partnerStaff(), referralId, "RECEIVED", 0);
		transition(partnerStaff(), referralId, "ACCEPTED", 1);
		transition(partnerStaff(), referralId, "IN_PROGRESS", 2);
		GraphQlTester.Response completed = transition(partnerStaff(), referralId, "COMPLETED", 3, "outcome",
				"PUBLIC_ASSISTANCE_APPLIED", "outcomeText", "同行して申請", "contactKind", "ACCOMPANIMENT");
		completed.path("transitionReferral.referral.status").entity(String.class).isEqualTo("COMPLETED");
		completed.path("transitionReferral.referral.outcome").entity(String.class).isEqualTo("PUBLIC_ASSISTANCE_APPLIED");
		completed.path("transitionReferral.referral.history[*].to")
			.entityList(String.class)
			.containsExactly("REQUESTED", "RECEIVED", "ACCEPTED", "IN_PROGRESS", "COMPLETED");
		completed.path("transitionReferral.referral.history[*].party")
			.entityList(String.class)
			.containsExactly("SENDER", "RECEIVER", "RECEIVER", "RECEIVER", "RECEIVER");
		assertThat(count("""
				MATCH (c:Contact {kind: 'ACCOMPANIMENT', outcome: 'REFERRAL_COMPLETED'})-[:ABOUT]->(:Household {id: $household}),
				      (c)-[:MADE_BY]->(:Organization {name: $partner})
				RETURN count(c)""", "household", household, "partner", PARTNER)).isEqualTo(1);
		assertThat(single("MATCH (:Organization {name: $partner})-[t:SUPPORTS]->(:Household {id: $household}) RETURN t.lastContact",
				"partner", PARTNER, "household", household)).as("the completion's contact keeps the new tie live")
			.isEqualTo(jp.tsunagu.household.JapanDate.today());
		transition(partnerStaff(), referralId, "IN_PROGRESS", 4).path("transitionReferral.errors[*].field[1]")
			.entityList(String.class)
			.containsExactly("to");
		assertThat(count("""
				MATCH (e:OutboxEvent {kind: 'REFERRAL_CHANGED', householdId: $household}) WHERE e.createdAt >= $started
				RETURN count(e)""", "household", household, "started", started())).as("one event per change")
			.isEqualTo(5);
	}

	@Test
	void ofTwoStaffAcceptingAtOnceOneWinsAndTheOtherIsToldOfTheConflict() throws Exception {
		String referralId = requestedReferral(household());
		GraphQlTester first = partnerStaff();
		GraphQlTester second = patient(caller(jp.tsunagu.security.Role.MEMBER_STAFF, PARTNER, null));
		CyclicBarrier together = new CyclicBarrier(2);
		CompletableFuture<Map<String, Object>> one = CompletableFuture.supplyAsync(() -> accept(first, referralId, together));
		CompletableFuture<Map<String, Object>> two = CompletableFuture.supplyAsync(() -> accept(second, referralId, together));
		List<Map<String, Object>> payloads = List.of(one.get(), two.get());

		assertThat(payloads).filteredOn(payload -> payload.get("referral") != null).hasSize(1);
		List<?> errors = payloads.stream()
			.filter(payload -> payload.get("referral") == null)
			.map(payload -> (List<?>) payload.get("errors"))
			.findFirst()
			.orElseThrow();
		assertThat(errors).singleElement().asString().contains("expectedVersion").contains("他の人が先に更新しました");
		assertThat(single("MATCH (r:Referral {id: $id}) RETURN r.status + '/' + r.version + '/' + COUNT { (r)-[:CHANGED]->() }",
				"id", referralId)).isEqualTo("ACCEPTED/1/2");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> accept(GraphQlTester tester, String referralId, CyclicBarrier together) {
		try {
			together.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return transition(tester, referralId, "ACCEPTED", 0).path("transitionReferral").entity(Map.class).get();
	}

	@Test
	void requestsLeftUnansweredExpire() {
		String old = requestedReferral(household());
		String fresh = requestedReferral(household());
		write("MATCH (r:Referral {id: $id}) SET r.requestedAt = r.requestedAt - duration('P15D')", "id", old);

		assertThat(expiry.sweep(OffsetDateTime.now())).isEqualTo(1);

		GraphQlTester.Response expired = coordinator().documentName("referral-one").variable("id", old).execute();
		expired.path("referral.status").entity(String.class).isEqualTo("CANCELLED");
		expired.path("referral.reason").entity(String.class).isEqualTo("EXPIRED");
		expired.path("referral.history[1].party").entity(String.class).isEqualTo("SYSTEM");
		coordinator().documentName("referral-one").variable("id", fresh).execute()
			.path("referral.status").entity(String.class).isEqualTo("REQUESTED");
		assertThat(expiry.sweep(OffsetDateTime.now())).as("an expired referral is not expired twice").isZero();
		assertThat(expiry.sweep(OffsetDateTime.now().plusDays(15))).as("the fresh one, a fortnight on").isEqualTo(1);
	}

	@Test
	void withdrawingTheConsentCancelsThePendingReferralsButNotTheAcceptedOnes() {
		String household = household();
		String consentId = consentToReferral(household, PARTNER);
		String pending = refer(household, PARTNER, false).path("referHousehold.referral.id").entity(String.class).get();
		consentToReferral(household, OTHER);
		String accepted = refer(household, OTHER, false).path("referHousehold.referral.id").entity(String.class).get();
		transition(otherStaff(), accepted, "ACCEPTED", 0).path("transitionReferral.errors").entityList(Object.class).hasSize(0);

		coordinator().documentName("household-withdraw-consent")
			.variable("input", Map.of("consentId", consentId))
			.execute()
			.path("withdrawConsent.errors")
			.entityList(Object.class)
			.hasSize(0);

		GraphQlTester.Response cancelled = coordinator().documentName("referral-one").variable("id", pending).execute();
		cancelled.path("referral.status").entity(String.class).isEqualTo("CANCELLED");
		cancelled.path("referral.reason").entity(String.class).isEqualTo("CONSENT_WITHDRAWN");
		cancelled.path("referral.history[*].party").entityList(String.class).containsExactly("SENDER", "SYSTEM");
		assertThat(single("MATCH (r:Referral {id: $id}) RETURN r.status", "id", accepted)).isEqualTo("ACCEPTED");
		assertThat(count("""
				MATCH (e:OutboxEvent {householdId: $household}) WHERE e.createdAt >= $started
				  AND (e.kind = 'CONSENT_WITHDRAWN' OR (e.kind = 'REFERRAL_CHANGED' AND e.payload CONTAINS 'CANCELLED'))
				RETURN count(e)""", "household", household, "started", started())).isEqualTo(2);
	}

	@Test
	void theReceiverSeesTheMinimumUntilItAcceptsAndEveryReadIsAudited() {
		String household = household();
		String referralId = requestedReferral(household);

		GraphQlTester.Response before = partnerStaff().documentName("referral-one").variable("id", referralId).execute();
		before.path("referral.referredBy").valueIsNull();
		before.path("referral.history[0].by").valueIsNull();
		coordinator().documentName("referral-one").variable("id", referralId).execute()
			.path("referral.referredBy").entity(String.class).satisfies(name -> assertThat(name).startsWith("test."));
		otherStaff().documentName("referral-one").variable("id", referralId).execute().path("referral").valueIsNull();

		transition(partnerStaff(), referralId, "ACCEPTED", 0);
		partnerStaff().documentName("referral-one").variable("id", referralId).execute()
			.path("referral.referredBy").hasValue();

		assertThat(audited("referral", household)).as("each referral(id) read that found it").isEqualTo(3);
		partnerStaff().documentName("referrals-list").execute().path("referrals.totalCount").hasValue();
		assertThat(audited("referrals", household)).isEqualTo(1);
	}

	/** A referral of a new household from 小野市社協 to the partner, put straight at the status (Cypher). */
	private String referralAt(ReferralStatus status) {
		return (String) single("""
				MATCH (council:Organization {name: $council}), (partner:Organization {name: $partner}), (area:Area {code: $area})
				CREATE (h:Household {id: randomUUID(), code: 'T-MOVE-' + left(randomUUID(), 8), memberCount: 1, flags: [],
				        protection: 'NONE', archived: false, createdAt: datetime(), updatedAt: datetime()})
				CREATE (h)-[:RECORD_HELD_BY]->(council), (h)-[:LIVES_IN]->(area)
				CREATE (r:Referral {id: randomUUID(), status: $status, version: 0, referredBy: 'test.fixture',
				        createdAt: datetime(), requestedAt: datetime(),
				        acceptedAt: CASE WHEN $status IN ['ACCEPTED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED'] THEN datetime() END})
				CREATE (r)-[:FOR]->(h), (r)-[:FROM]->(council), (r)-[:TO]->(partner)
				RETURN r.id""", "council", COUNCIL, "partner", PARTNER, "area", ONO, "status", status.name());
	}
}
