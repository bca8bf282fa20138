package jp.tsunagu.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The templates a coordinator downloads: the Japanese headers and example rows; the XLSX adds a sheet explaining each
 * column (its English header, whether it is required, what goes in it).
 */
final class TemplateFiles {

	private TemplateFiles() {
	}

	static byte[] csv(ImportKind kind) {
		return Spreadsheets.csv(headers(kind), ImportTemplates.examples(kind));
	}

	static byte[] xlsx(ImportKind kind) {
		Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
		List<List<String>> data = new ArrayList<>();
		data.add(headers(kind));
		data.addAll(ImportTemplates.examples(kind));
		sheets.put(kind.labelJa(), data);
		List<List<String>> notes = new ArrayList<>();
		notes.add(List.of("列名", "英語の列名 (English header)", "必須 (required)", "説明", "Description"));
		for (TemplateColumn column : ImportTemplates.columns(kind)) {
			notes.add(List.of(column.ja(), column.en(), column.required() ? "必須 required" : "", column.noteJa(),
					column.noteEn()));
		}
		sheets.put("列の説明 (columns)", notes);
		return Spreadsheets.xlsx(sheets);
	}

	static List<String> headers(ImportKind kind) {
		return ImportTemplates.columns(kind).stream().map(TemplateColumn::ja).toList();
	}
}
