package jp.tsunagu.household;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import jp.tsunagu.api.UserErrors;
import jp.tsunagu.area.AreaKind;
import jp.tsunagu.area.Areas;
import jp.tsunagu.graph.MissingReferences;
import jp.tsunagu.graph.MissingReferences.Kind;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Input checks shared by the household mutations; each records what it finds in the given errors. */
@Component
public class HouseholdValidation {

	static final int MIN_MEMBERS = 1;

	static final int MAX_MEMBERS = 20;

	/** How far ahead of the hub's clock a caller's clock may run before its "now" counts as the future. */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private final HouseholdQueries queries;

	private final MissingReferences references;

	HouseholdValidation(HouseholdQueries queries, MissingReferences references) {
		this.queries = queries;
		this.references = references;
	}

	/**
	 * The household, if the caller may see it and it is not archived (archived households are kept as they were).
	 * One the caller may not see is reported as missing, so that an id tells nothing about households out of scope.
	 */
	public Mono<Household> changeable(HouseholdAccess access, UserErrors errors, String field, String id) {
		if (id == null || id.isBlank()) {
			errors.required(field, id);
			return Mono.empty();
		}
		return queries.byId(access, id)
			.switchIfEmpty(Mono.fromRunnable(() -> errors.add(field, "no household with id " + id)))
			.filter(household -> stillChangeable(errors, field, household));
	}

	/**
	 * For what widens who sees a household (its protection, its consents, other organisations' support): only the
	 * organisation holding the record may do it.
	 */
	Mono<Void> heldByCaller(HouseholdAccess access, UserErrors errors, String field, String householdId, String what) {
		return queries.heldByCaller(access, householdId).doOnNext(held -> {
			if (!held) {
				errors.add(field, "only the organisation holding the household's record can " + what);
			}
		}).then();
	}

	/** Whether the household may still change; records the error when it may not. */
	static boolean stillChangeable(UserErrors errors, String field, Household household) {
		if (household.archived()) {
			errors.add(field, "household " + household.code() + " is archived and can no longer be changed");
		}
		return !household.archived();
	}

	/** An area a household can live in: a district, else a municipality or ward, never a whole prefecture. */
	Mono<Void> livableArea(UserErrors errors, String field, String code) {
		if (code == null || code.isBlank()) {
			errors.required(field, code);
			return Mono.empty();
		}
		return livableAreaIfGiven(errors, field, code);
	}

	/** Like {@link #livableArea}, when a new area is given (an update without one keeps the old). */
	Mono<Void> livableAreaIfGiven(UserErrors errors, String field, String code) {
		if (code == null) {
			return Mono.empty();
		}
		if (code.isBlank()) {
			errors.required(field, code);
			return Mono.empty();
		}
		return Areas.require(queries.areaKind(code), code, errors, field)
			.doOnNext(kind -> {
				if (kind == AreaKind.PREFECTURE) {
					errors.add(field, code + " is a prefecture; give the district, municipality or ward");
				}
			})
			.then();
	}

	Mono<Void> isolationKindsExist(UserErrors errors, String field, Collection<String> codes) {
		if (codes == null || codes.isEmpty()) {
			return Mono.empty();
		}
		return queries.missingIsolationKinds(codes).doOnNext(missing -> {
			if (!missing.isEmpty()) {
				errors.add(field, "no isolation kind with code " + String.join(", ", missing));
			}
		}).then();
	}

	Mono<Void> needExists(UserErrors errors, String field, String code) {
		if (code == null || code.isBlank()) {
			errors.required(field, code);
			return Mono.empty();
		}
		return references.missing(Kind.NEED, List.of(code)).doOnNext(missing -> {
			if (!missing.isEmpty()) {
				errors.add(field, "no need with code " + code);
			}
		}).then();
	}

	static void memberCount(UserErrors errors, Integer memberCount) {
		if (memberCount != null && (memberCount < MIN_MEMBERS || memberCount > MAX_MEMBERS)) {
			errors.add("memberCount", "must be between " + MIN_MEMBERS + " and " + MAX_MEMBERS + ", was " + memberCount);
		}
	}

	/** Flags must fit the member count (not 高齢単身 for 3 members) or, while it is unknown, each other (not 高齢単身 and ひとり親). */
	static void flagsFit(UserErrors errors, String field, Integer memberCount, Collection<HouseholdFlag> flags) {
		if (flags == null || flags.isEmpty()) {
			return;
		}
		if (memberCount != null && memberCount >= MIN_MEMBERS && memberCount <= MAX_MEMBERS) {
			List<String> misfits = flags.stream()
				.filter(flag -> !flag.fits(memberCount))
				.map(Enum::name)
				.distinct()
				.toList();
			if (!misfits.isEmpty()) {
				errors.add(field, String.join(", ", misfits) + " cannot describe a household of " + memberCount);
			}
			return;
		}
		int atLeast = flags.stream().mapToInt(HouseholdFlag::minMembers).max().orElse(MIN_MEMBERS);
		int atMost = flags.stream().mapToInt(HouseholdFlag::maxMembers).min().orElse(MAX_MEMBERS);
		if (atLeast > atMost) {
			errors.add(field, "flags contradict each other: "
					+ String.join(", ", flags.stream().map(Enum::name).distinct().toList()));
		}
	}

	static void notInFuture(UserErrors errors, String field, LocalDate date) {
		if (date != null && date.isAfter(JapanDate.today())) {
			errors.add(field, "must not be in the future, was " + date);
		}
	}

	static void notInFuture(UserErrors errors, String field, OffsetDateTime time) {
		if (time != null && time.isAfter(OffsetDateTime.now().plus(CLOCK_SKEW))) {
			errors.add(field, "must not be in the future, was " + time);
		}
	}

}
