package jp.tsunagu.exporting;

import java.util.Locale;
import java.util.Optional;

/** The files a graph is exported as; the extension is how REST paths and the command line name them. */
public enum GraphFormat {

	GEXF("gexf", "application/gexf+xml"), GRAPHML("graphml", "application/graphml+xml"),
	KUMU_XLSX("kumu.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
	KUMU_ELEMENTS_CSV("kumu-elements.csv", "text/csv;charset=UTF-8"),
	KUMU_CONNECTIONS_CSV("kumu-connections.csv", "text/csv;charset=UTF-8");

	private final String extension;

	private final String mediaType;

	GraphFormat(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	public String extension() {
		return extension;
	}

	public String mediaType() {
		return mediaType;
	}

	public static Optional<GraphFormat> of(String text) {
		for (GraphFormat format : values()) {
			if (format.extension.equalsIgnoreCase(text) || format.name().equalsIgnoreCase(text.replace('-', '_').replace('.', '_'))) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

	boolean text() {
		return this != KUMU_XLSX;
	}

	@Override
	public String toString() {
		return name().toLowerCase(Locale.ROOT);
	}
}
