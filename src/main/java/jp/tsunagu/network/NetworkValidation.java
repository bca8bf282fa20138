package jp.tsunagu.network;

import java.util.List;
import java.util.function.Consumer;

import jp.tsunagu.api.UserErrors;
import jp.tsunagu.area.Areas;
import reactor.core.publisher.Mono;

/** Input checks shared by the network and activity mutations; each records what it finds in the given errors. */
final class NetworkValidation {

	static final int MAX_NAME = 200;

	static final int MAX_TEXT = 4000;

	private NetworkValidation() {
	}

	/** A name: required when creating; when updating, only checked if given. */
	static void name(UserErrors errors, String name, boolean creating) {
		if (creating || name != null) {
			errors.required("name", name).maxLength("name", name, MAX_NAME).cleanText("name", name, false);
		}
	}

	static void description(UserErrors errors, String description) {
		errors.maxLength("description", description, MAX_TEXT).cleanText("description", description, true);
	}

	/** An area list that, when given, must name at least one area. */
	static void areaList(UserErrors errors, String field, List<String> codes, boolean creating) {
		if ((creating && codes == null) || (codes != null && codes.isEmpty())) {
			errors.add(field, "must name at least one area");
		}
	}

	static Mono<Void> areasExist(Areas areas, UserErrors errors, String field, List<String> codes) {
		return areas.requireAll(codes, errors, field).then();
	}

	/** Runs {@code onFound} with what the lookup finds, or {@code onMissing} when it finds nothing. */
	static <T> Mono<Void> whenFound(Mono<T> lookup, Consumer<T> onFound, Runnable onMissing) {
		return lookup.doOnNext(onFound).hasElement().doOnNext(found -> {
			if (!found) {
				onMissing.run();
			}
		}).then();
	}

	/** Runs {@code onMissing} when the lookup finds nothing. */
	static Mono<Void> whenMissing(Mono<?> lookup, Runnable onMissing) {
		return whenFound(lookup, found -> {
		}, onMissing);
	}

	/** Whether a duplicate check has what it needs: a name and, if a new list is given, some areas. */
	static boolean canCheckDuplicate(String name, List<String> codes) {
		return name != null && !name.isBlank() && (codes == null || !codes.isEmpty());
	}
}
