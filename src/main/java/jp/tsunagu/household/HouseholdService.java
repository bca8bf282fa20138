package jp.tsunagu.household;

import java.security.SecureRandom;
import java.util.regex.Pattern;

import jp.tsunagu.api.UserErrors;
import jp.tsunagu.api.DatabaseFaults;
import jp.tsunagu.household.HouseholdInputs.CreateHouseholdInput;
import jp.tsunagu.household.HouseholdInputs.UpdateHouseholdInput;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Creates, updates and archives households; each mutation is checked in full before anything is written. */
@Service
class HouseholdService {

	/** Letters, digits and hyphens only: leaves no room for a name or an address in the code. */
	static final Pattern CODE = Pattern.compile("^[A-Za-z0-9-]{3,40}$");

	/** Crockford's base 32: no I, L, O or U, so a code read aloud or copied by hand survives. */
	private static final char[] CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private final HouseholdQueries queries;

	private final HouseholdValidation checks;

	private final CheckedWrite checkedWrite;

	HouseholdService(HouseholdQueries queries, HouseholdValidation checks, CheckedWrite checkedWrite) {
		this.queries = queries;
		this.checks = checks;
		this.checkedWrite = checkedWrite;
	}

	/**
	 * Without a code, the household gets a random one ({@link #randomCode()}). A chosen code need only be unique among
	 * the households the caller's organisation holds, so whether it is refused says nothing about households held
	 * elsewhere (DV households included); the attempt is audited either way ({@link CheckedWrite}).
	 */
	Mono<HouseholdPayload> create(HouseholdAccess access, CreateHouseholdInput given) {
		CreateHouseholdInput input = given.code() == null ? given.withCode(randomCode()) : given;
		return checkedWrite.run(access, errors -> {
			if (access.caller().organizationId() == null) {
				errors.add("input", "your account names no organisation to hold the household's record");
			}
			errors.matches("code", input.code(), CODE,
					"must be 3 to 40 letters, digits or hyphens (a pseudonymous code), or left out for a random one");
			HouseholdValidation.memberCount(errors, input.memberCount());
			HouseholdValidation.flagsFit(errors, "flags", input.memberCount(), input.flags());
			// last, and only for input valid otherwise: the one answer that depends on stored households is about
			// the caller's own organisation's records
			Mono<Void> codeFree = Mono.defer(() -> !errors.isEmpty() ? Mono.empty()
					: queries.codeHeldBy(access.caller().organizationId(), input.code()).doOnNext(held -> {
						if (held) {
							errors.add("code", input.code() + " is already the code of a household your organisation holds");
						}
					}).then());
			return Flux.concat(checks.livableArea(errors, "areaCode", input.areaCode()),
					checks.isolationKindsExist(errors, "isolationCodes", input.isolationCodes()), codeFree);
		}, () -> queries.create(access, input));
	}

	Mono<HouseholdPayload> update(HouseholdAccess access, UpdateHouseholdInput input) {
		return checkedWrite.run(access, errors -> {
			HouseholdValidation.memberCount(errors, input.memberCount());
			Mono<Void> fits = checks.changeable(access, errors, "id", input.id()).doOnNext(existing -> {
				Integer memberCount = input.memberCount() != null ? input.memberCount() : existing.memberCount();
				if (input.flags() != null) {
					HouseholdValidation.flagsFit(errors, "flags", memberCount, input.flags());
				}
				else if (input.memberCount() != null) {
					HouseholdValidation.flagsFit(errors, "memberCount", memberCount, existing.flags());
				}
			}).then();
			Mono<Void> protection = input.protection() == null ? Mono.empty()
					: Mono.defer(() -> errors.isEmpty()
							? checks.heldByCaller(access, errors, "protection", input.id(), "change its protection")
							: Mono.empty());
			return Flux.concat(fits, protection, checks.livableAreaIfGiven(errors, "areaCode", input.areaCode()),
					checks.isolationKindsExist(errors, "isolationCodes", input.isolationCodes()));
		}, () -> queries.update(input));
	}

	Mono<HouseholdPayload> archive(HouseholdAccess access, String id) {
		return checkedWrite.run(access, errors -> checks.changeable(access, errors, "id", id), () -> queries.archive(id));
	}

	/** "HH-" and 10 random characters: 50 bits, no municipality, nothing to guess from. */
	static String randomCode() {
		StringBuilder code = new StringBuilder("HH-");
		for (int i = 0; i < 10; i++) {
			code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
		}
		return code.toString();
	}
}
