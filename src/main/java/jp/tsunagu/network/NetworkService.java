package jp.tsunagu.network;

import java.util.List;
import java.util.Map;

import jp.tsunagu.api.UserErrors;
import jp.tsunagu.area.Areas;
import jp.tsunagu.network.NetworkInputs.AddMemberInput;
import jp.tsunagu.network.NetworkInputs.CreateNetworkInput;
import jp.tsunagu.network.NetworkInputs.RemoveMemberInput;
import jp.tsunagu.network.NetworkInputs.UpdateNetworkInput;
import jp.tsunagu.notification.EventKind;
import jp.tsunagu.notification.Outbox;
import jp.tsunagu.notification.OutboxEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Validates each network and membership mutation in full, then writes it, all in one transaction; a payload
 * with errors means nothing was written.
 */
@Service
class NetworkService {

	private final NetworkQueries queries;

	private final Areas areas;

	private final TransactionalOperator transaction;

	private final Outbox outbox;

	NetworkService(NetworkQueries queries, Areas areas, TransactionalOperator transaction, Outbox outbox) {
		this.queries = queries;
		this.areas = areas;
		this.transaction = transaction;
		this.outbox = outbox;
	}

	/**
	 * Appends NETWORK_CHANGED, in the transaction of the change, to the network's member organisations and the areas
	 * it covers (subscribers whose organisation serves one of them receive it).
	 */
	private Mono<Void> announce(String networkId, String change, String memberId) {
		return queries.concerned(networkId).flatMap(concern -> {
			List<String> organizations = memberId == null || concern.organizationIds().contains(memberId)
					? concern.organizationIds()
					: java.util.stream.Stream.concat(concern.organizationIds().stream(), java.util.stream.Stream.of(memberId))
						.toList();
			Map<String, Object> payload = memberId == null ? Map.of("networkId", networkId, "change", change)
					: Map.of("networkId", networkId, "change", change, "memberId", memberId);
			return outbox.append(new OutboxEvent(EventKind.NETWORK_CHANGED, organizations, concern.areaCodes(), null,
					payload));
		});
	}

	Mono<NetworkPayload> create(CreateNetworkInput input) {
		UserErrors errors = new UserErrors();
		NetworkValidation.name(errors, input.name(), true);
		errors.required("kind", input.kind());
		NetworkValidation.description(errors, input.description());
		checkTier(errors, input.tier());
		NetworkValidation.areaList(errors, "coveredAreaCodes", input.coveredAreaCodes(), true);
		Mono<Void> checks = Flux.concat(
				NetworkValidation.areasExist(areas, errors, "coveredAreaCodes", input.coveredAreaCodes()),
				nameFree(errors, input.name(), input.coveredAreaCodes(), null),
				parentUsable(errors, null, input.parentId()))
			.then();
		return transaction.transactional(checks.then(Mono.defer(() -> errors.isEmpty()
				? queries.create(input).flatMap(network -> announce(network.id(), "CREATED", null)
					.thenReturn(NetworkPayload.success(network))) : Mono.just(NetworkPayload.failure(errors)))));
	}

	Mono<NetworkPayload> update(UpdateNetworkInput input) {
		return transaction.transactional(queries.byId(input.id()).flatMap(existing -> {
			UserErrors errors = new UserErrors();
			NetworkValidation.name(errors, input.name(), false);
			NetworkValidation.description(errors, input.description());
			checkTier(errors, input.tier());
			NetworkValidation.areaList(errors, "coveredAreaCodes", input.coveredAreaCodes(), false);
			String name = input.name() == null ? existing.name() : input.name();
			Mono<Void> checks = Flux.concat(
					NetworkValidation.areasExist(areas, errors, "coveredAreaCodes", input.coveredAreaCodes()),
					nameFree(errors, name, input.coveredAreaCodes(), existing.id()),
					parentUsable(errors, existing.id(), input.parentId()))
				.then();
			return checks.then(Mono.defer(() -> errors.isEmpty()
					? queries.update(input).flatMap(network -> announce(network.id(), "UPDATED", null)
						.thenReturn(NetworkPayload.success(network))) : Mono.just(NetworkPayload.failure(errors))));
		}).switchIfEmpty(Mono.fromSupplier(() -> NetworkPayload.failure(noNetwork("id", input.id())))));
	}

	Mono<NetworkPayload> archive(String id) {
		return transaction.transactional(queries.archive(id)
			.flatMap(network -> announce(network.id(), "ARCHIVED", null).thenReturn(NetworkPayload.success(network)))
			.switchIfEmpty(Mono.fromSupplier(() -> NetworkPayload.failure(noNetwork("id", id)))));
	}

	Mono<MembershipPayload> addMember(AddMemberInput input) {
		UserErrors errors = new UserErrors();
		Mono<Void> checks = Flux.concat(
				NetworkValidation.whenFound(queries.byId(input.networkId()), network -> {
					if (network.archived()) {
						errors.add("networkId", "network \"" + network.name() + "\" is archived");
					}
				}, () -> errors.add("networkId", "no network with id " + input.networkId())),
				NetworkValidation.whenFound(queries.memberArchived(input.memberId()), archived -> {
					if (archived) {
						errors.add("memberId", "organisation or person " + input.memberId() + " is archived");
					}
				}, () -> errors.add("memberId", "no organisation or person with id " + input.memberId())))
			.then();
		return transaction.transactional(checks.then(Mono.defer(() -> errors.isEmpty()
				? queries.addMember(input).flatMap(membership -> announce(input.networkId(), "MEMBER_ADDED", input.memberId())
					.thenReturn(MembershipPayload.success(membership)))
				: Mono.just(MembershipPayload.failure(errors)))));
	}

	Mono<MembershipPayload> removeMember(RemoveMemberInput input) {
		UserErrors errors = new UserErrors();
		Mono<Void> checks = Flux.concat(
				NetworkValidation.whenMissing(queries.byId(input.networkId()),
						() -> errors.add("networkId", "no network with id " + input.networkId())),
				NetworkValidation.whenMissing(queries.memberArchived(input.memberId()),
						() -> errors.add("memberId", "no organisation or person with id " + input.memberId())))
			.then();
		return transaction.transactional(checks.then(Mono.defer(() -> errors.isEmpty()
				? queries.removeMember(input.networkId(), input.memberId())
					.flatMap(membership -> announce(input.networkId(), "MEMBER_REMOVED", input.memberId())
						.thenReturn(MembershipPayload.success(membership)))
					.switchIfEmpty(Mono.fromSupplier(() -> MembershipPayload
						.failure(errors.add("memberId", input.memberId() + " is not a member of this network"))))
				: Mono.just(MembershipPayload.failure(errors)))));
	}

	private Mono<Void> nameFree(UserErrors errors, String name, List<String> areaCodes, String exceptId) {
		if (!NetworkValidation.canCheckDuplicate(name, areaCodes)) {
			return Mono.empty();
		}
		return queries.areasWhereNameTaken(name.strip(), areaCodes, exceptId).doOnNext(codes -> {
			if (!codes.isEmpty()) {
				errors.add("name", "a network named \"" + name.strip() + "\" already covers " + String.join(", ", codes));
			}
		}).then();
	}

	private Mono<Void> parentUsable(UserErrors errors, String selfId, String parentId) {
		if (parentId == null) {
			return Mono.empty();
		}
		if (parentId.equals(selfId)) {
			errors.add("parentId", "a network cannot be its own parent");
			return Mono.empty();
		}
		Mono<Void> exists = NetworkValidation.whenFound(queries.byId(parentId), parent -> {
			if (parent.archived()) {
				errors.add("parentId", "network \"" + parent.name() + "\" is archived");
			}
		}, () -> errors.add("parentId", "no network with id " + parentId));
		if (selfId == null) {
			return exists;
		}
		Mono<Void> acyclic = queries.isAncestorOf(selfId, parentId).doOnNext(cycle -> {
			if (cycle) {
				errors.add("parentId", "network " + parentId + " already belongs to this network; it cannot also be its parent");
			}
		}).then();
		return exists.then(acyclic);
	}

	private static void checkTier(UserErrors errors, Integer tier) {
		if (tier != null && tier != 1 && tier != 2) {
			errors.add("tier", "must be 1 (第1層) or 2 (第2層), was " + tier);
		}
	}

	private static UserErrors noNetwork(String field, String id) {
		return new UserErrors().add(field, "no network with id " + id);
	}
}
