package jp.tsunagu.naming;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.naming.NameQueries.AreaName;
import jp.tsunagu.naming.NameQueries.TermName;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Turns a Japanese (or English) name given where a code is expected into the code: an area by its name (小野市), its
 * name without 市・町・村・区 or 県・府・都 (小野), with the areas it lies in (兵庫県小野市) or its reading (おのし); a need,
 * a field or a kind of isolation by its Japanese or English label (ひきこもり, Food, 高齢, 家族からの孤立). Names are compared in their {@link Notation#key}. A name that fits
 * several is refused with the candidates; one that fits none is reported as unknown.
 */
@Component
public class NameResolution {

	/** Looks like a code: resolved as a code by the feature, never as a name. */
	static boolean isAreaCode(String value) {
		return value.isBlank() || value.chars().allMatch(c -> c < 128);
	}

	static boolean isTermCode(String value) {
		return value.isBlank() || value.matches("[a-z0-9_]+");
	}

	private final NameQueries queries;

	NameResolution(NameQueries queries) {
		this.queries = queries;
	}

	/** The code of the one area with this name; empty when none has it; an error naming the candidates when several do. */
	public Mono<String> area(String argument, String name) {
		String key = Notation.key(name);
		return queries.areas().flatMap(areas -> {
			List<AreaName> found = matching(areas, area -> fullForms(area), key);
			if (found.isEmpty()) {
				found = matching(areas, area -> shortForms(area), key);
			}
			if (found.size() > 1) {
				String listedJa = found.stream().map(area -> area.name() + "（" + where(area) + area.code() + "）")
					.collect(Collectors.joining("、"));
				String listedEn = found.stream().map(area -> area.name() + " (" + where(area) + area.code() + ")")
					.collect(Collectors.joining(", "));
				return Mono.error(InvalidArgumentException.bilingual(argument,
						"「" + name + "」に当てはまる地域が複数あります: " + listedJa + "。コードか、都道府県から続けた名前（例: "
								+ example(found.get(0)) + "）で指定してください",
						"\"" + name + "\" names several areas: " + listedEn + "; give the code or the name with the "
								+ "areas it lies in (e.g. " + example(found.get(0)) + ")"));
			}
			return Mono.justOrEmpty(found.isEmpty() ? null : found.get(0).code());
		});
	}

	/** The code of the one term of the vocabulary with this label; empty when none has it. */
	Mono<String> term(Vocabulary vocabulary, String argument, String label) {
		String key = Notation.key(label);
		return queries.terms(vocabulary).flatMap(terms -> {
			List<TermName> found = terms.stream()
				.filter(term -> key.equals(Notation.key(term.labelJa())) || key.equals(Notation.key(term.labelEn()))
						|| key.equals(term.code()))
				.toList();
			if (found.size() > 1) {
				String listed = found.stream().map(term -> term.labelJa() + " (" + term.code() + ")")
					.collect(Collectors.joining(", "));
				return Mono.error(InvalidArgumentException.bilingual(argument,
						"「" + label + "」に当てはまる" + vocabulary.wordJa + "が複数あります: " + listed + "。コードで指定してください",
						"\"" + label + "\" names several " + vocabulary.wordEn + "s: " + listed + "; give the code"));
			}
			return Mono.justOrEmpty(found.isEmpty() ? null : found.get(0).code());
		});
	}

	static InvalidArgumentException unknownArea(String argument, String name) {
		return InvalidArgumentException.bilingual(argument, "「" + name + "」という名前の地域はありません",
				"no area is named \"" + name + "\"");
	}

	static InvalidArgumentException unknownTerm(Vocabulary vocabulary, String argument, String label) {
		return InvalidArgumentException.bilingual(argument, "「" + label + "」という" + vocabulary.wordJa + "はありません",
				"no " + vocabulary.wordEn + " is named \"" + label + "\"");
	}

	private static List<AreaName> matching(List<AreaName> areas, Function<AreaName, List<String>> forms, String key) {
		Map<String, AreaName> found = new LinkedHashMap<>();
		for (AreaName area : areas) {
			if (forms.apply(area).stream().anyMatch(form -> key.equals(Notation.key(form)))) {
				found.putIfAbsent(area.code(), area);
			}
		}
		return List.copyOf(found.values());
	}

	/** Its name, its reading, and its name after those of the areas it lies in (兵庫県小野市, 小野市来住, 兵庫県小野市来住). */
	private static List<String> fullForms(AreaName area) {
		List<String> forms = new ArrayList<>(List.of(area.name()));
		if (area.nameKana() != null) {
			forms.add(area.nameKana());
		}
		for (int from = 0; from < area.within().size(); from++) {
			forms.add(String.join("", area.within().subList(from, area.within().size())) + area.name());
		}
		return forms;
	}

	/** Its name without the suffix of its kind (小野 for 小野市, 兵庫 for 兵庫県), alone or after the areas it lies in. */
	private static List<String> shortForms(AreaName area) {
		String name = area.name();
		boolean suffixed = name.length() > 2 && switch (String.valueOf(area.kind())) {
			case "Municipality", "Ward" -> name.matches(".+[市区町村]");
			case "Prefecture" -> name.matches(".+[県府都]");
			default -> false;
		};
		if (!suffixed) {
			return List.of();
		}
		String bare = name.substring(0, name.length() - 1);
		List<String> forms = new ArrayList<>(List.of(bare));
		for (int from = 0; from < area.within().size(); from++) {
			forms.add(String.join("", area.within().subList(from, area.within().size())) + bare);
		}
		return forms;
	}

	private static String where(AreaName area) {
		return area.within().isEmpty() ? "" : String.join("", area.within()) + ", ";
	}

	private static String example(AreaName area) {
		return String.join("", area.within()) + area.name();
	}
}
