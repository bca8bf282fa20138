package jp.tsunagu.importing;

import java.util.Locale;
import java.util.Optional;

import jp.tsunagu.graph.Labelled;

/** What one file holds; each kind has its template ({@link ImportTemplates}) and its natural key. */
public enum ImportKind implements Labelled {

	/** Corporations, facilities (with their operating corporation) and other organisations; key 法人番号, else name and municipality. */
	ORGANIZATIONS("団体・法人・施設"),
	/** 民生委員・児童委員 with their districts; key name and district code. */
	PEOPLE("民生委員・児童委員"),
	/** Networks, one row per membership; key network name and covered area code. */
	NETWORKS("ネットワークと構成団体"),
	/** Services with provider, needs and area; key service name and provider. */
	SERVICES("社会資源（サービス）"),
	/** Households of the caller's own organisation's records (record holders only); key the holder's own code. */
	HOUSEHOLDS("世帯（記録保有者のみ）"),
	/** An Open Referral HSDS 3.0 document: the API profile's JSON or a zip of the tabular data package; keys its ids. */
	HSDS("HSDS 3.0（JSON・データパッケージ）");

	private final String labelJa;

	ImportKind(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}

	/** The kind as a path segment or option spells it: {@code organizations}, {@code people}, … */
	public String slug() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ImportKind> of(String text) {
		if (text == null) {
			return Optional.empty();
		}
		for (ImportKind kind : values()) {
			if (kind.name().equalsIgnoreCase(text.strip()) || kind.labelJa.equals(text.strip())) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}
}
