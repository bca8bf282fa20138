package jp.tsunagu.importing;

import java.util.List;

/**
 * One column of an import template: its key, its Japanese and English headers (either is accepted, as are the
 * aliases), whether a row needs it, and what goes in it.
 */
public record TemplateColumn(String key, String ja, String en, boolean required, String noteJa, String noteEn,
		List<String> aliases) {

	TemplateColumn(String key, String ja, String en, boolean required, String noteJa, String noteEn) {
		this(key, ja, en, required, noteJa, noteEn, List.of());
	}

	TemplateColumn withAliases(String... more) {
		return new TemplateColumn(key, ja, en, required, noteJa, noteEn, List.of(more));
	}

	/** "法人名 (name)": how a report names the column. */
	String label() {
		return ja + " (" + en + ")";
	}
}
