package jp.tsunagu.importing;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jp.tsunagu.area.LocalGovernmentCode;
import jp.tsunagu.graph.Labelled;
import jp.tsunagu.household.HouseholdFlag;
import jp.tsunagu.household.HouseholdImport;
import jp.tsunagu.household.Protection;
import jp.tsunagu.importing.TabularFile.Table;
import jp.tsunagu.importing.TabularFile.TableRow;
import jp.tsunagu.network.MemberRole;
import jp.tsunagu.network.NetworkKind;
import jp.tsunagu.organization.CorporateNumber;
import jp.tsunagu.organization.FacilityField;
import jp.tsunagu.organization.OrganizationKind;

/**
 * Reads a table against its kind's template: which header is which column (Japanese, English or an alias), which
 * are unknown, which required ones are missing; then each row's values, checked one by one, with the reason for each
 * bad value in Japanese and English. Nothing here reads the database.
 */
final class RowParsing {

	record Parsed(List<ParsedRow> rows, List<String> unknownColumns, List<RowError> headerErrors) {
	}

	private RowParsing() {
	}

	static Parsed parse(ImportKind kind, Table table) {
		List<TemplateColumn> columns = ImportTemplates.columns(kind);
		Map<String, Integer> indexOf = new HashMap<>();
		List<String> unknown = new ArrayList<>();
		for (int i = 0; i < table.headers().size(); i++) {
			String header = table.headers().get(i);
			if (header.isBlank()) {
				continue;
			}
			Optional<TemplateColumn> column = columns.stream().filter(c -> matches(c, header)).findFirst();
			if (column.isPresent() && !indexOf.containsKey(column.get().key())) {
				indexOf.put(column.get().key(), i);
			}
			else {
				unknown.add(header);
			}
		}
		List<RowError> headerErrors = new ArrayList<>();
		for (TemplateColumn column : columns) {
			if (column.required() && !indexOf.containsKey(column.key())) {
				headerErrors.add(new RowError(1, column.label(), "必須の列「" + column.ja() + "」がありません",
						"the required column " + column.ja() + " (" + column.en() + ") is missing"));
			}
		}
		if (!headerErrors.isEmpty()) {
			return new Parsed(List.of(), unknown, headerErrors);
		}
		List<ParsedRow> rows = new ArrayList<>();
		Map<String, Integer> firstRowOfKey = new HashMap<>();
		for (TableRow tableRow : table.rows()) {
			ParsedRow row = new ParsedRow(tableRow.number());
			Map<String, String> cells = new LinkedHashMap<>();
			for (TemplateColumn column : columns) {
				cells.put(column.key(), tableRow.cell(indexOf.getOrDefault(column.key(), -1)));
			}
			for (TemplateColumn column : columns) {
				if (column.required() && cells.get(column.key()).isBlank()) {
					row.error(column.label(), "「" + column.ja() + "」が空です", column.en() + " is empty");
				}
			}
			switch (kind) {
				case ORGANIZATIONS -> organization(row, cells);
				case PEOPLE -> person(row, cells);
				case NETWORKS -> membership(row, cells);
				case SERVICES -> service(row, cells);
				case HOUSEHOLDS -> household(row, cells);
				case HSDS -> throw new IllegalArgumentException("HSDS documents are read by HsdsUpload");
			}
			// A network's rows are its memberships: one network, many rows.
			if (row.ok() && kind != ImportKind.NETWORKS) {
				Integer first = firstRowOfKey.putIfAbsent(row.key, row.number);
				if (first != null) {
					row.error(keyColumn(kind), first + "行目と同じ" + keyJa(kind) + "です（重複行）",
							"the same " + keyEn(kind) + " as row " + first + " (a duplicate row)");
				}
			}
			rows.add(row);
		}
		return new Parsed(rows, unknown, headerErrors);
	}

	private static boolean matches(TemplateColumn column, String header) {
		String wanted = comparable(header);
		if (comparable(column.ja()).equals(wanted) || comparable(column.en()).equals(wanted)
				|| comparable(column.key()).equals(wanted)) {
			return true;
		}
		return column.aliases().stream().anyMatch(alias -> comparable(alias).equals(wanted));
	}

	private static String comparable(String header) {
		return Normalizer.normalize(header, Normalizer.Form.NFKC).replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
	}

	private static void organization(ParsedRow row, Map<String, String> cells) {
		put(row, cells, "name", "nameKana", "address", "phone", "description");
		String number = corporateNumber(row, ImportTemplates.CORPORATE_NUMBER, cells.get("corporateNumber"));
		OrganizationKind kind = choice(row, ImportTemplates.ORG_KIND, cells.get("kind"), OrganizationKind.values(),
				Map.of("社協", OrganizationKind.COUNCIL, "施設", OrganizationKind.FACILITY, "NPO", OrganizationKind.NPO,
						"特定非営利活動法人", OrganizationKind.NPO, "株式会社", OrganizationKind.COMPANY, "自治体",
						OrganizationKind.GOVERNMENT_OFFICE));
		if (kind != null) {
			row.values.put("kind", kind.name());
			row.values.put("label", kind.nodeLabel());
		}
		String municipality = areaCode(row, ImportTemplates.MUNICIPALITY_CODE, cells.get("municipalityCode"), true);
		String operator = corporateNumber(row, ImportTemplates.OPERATOR, cells.get("operatorCorporateNumber"));
		if (operator != null && kind != null && kind != OrganizationKind.FACILITY) {
			row.error(ImportTemplates.OPERATOR.label(), "運営法人は施設（種別「福祉施設」）にだけ書けます",
					"only a facility (kind FACILITY) has an operating corporation");
		}
		FacilityField field = choice(row, ImportTemplates.FACILITY_FIELD, cells.get("facilityField"),
				FacilityField.values(), Map.of());
		row.values.put("corporateNumber", number);
		row.values.put("operatorCorporateNumber", operator);
		row.values.put("facilityField", field == null ? null : field.name());
		row.values.put("municipalityCode", municipality);
		row.areaCode = municipality;
		row.key = number != null ? "cn:" + number : "nk:" + ImportNames.name(cells.get("name")) + "|" + municipality;
	}

	private static void person(ParsedRow row, Map<String, String> cells) {
		put(row, cells, "name", "council");
		String chief = cells.get("chiefChildCommissioner");
		row.values.put("chiefChildCommissioner",
				List.of("はい", "yes", "true", "1", "○", "〇", "主任児童委員").contains(chief.strip().toLowerCase(Locale.ROOT)));
		String district = cells.get("districtCode").strip();
		row.values.put("districtCode", district.isEmpty() ? null : district);
		row.values.put("since", date(row, ImportTemplates.SINCE, cells.get("since")));
		row.areaCode = district;
		row.key = ImportNames.name(cells.get("name")) + "|" + district;
	}

	private static void membership(ParsedRow row, Map<String, String> cells) {
		put(row, cells, "network", "memberName");
		NetworkKind kind = choice(row, ImportTemplates.NETWORK_KIND, cells.get("networkKind"), NetworkKind.values(),
				Map.of("部会", NetworkKind.SUBCOMMITTEE, "委員会", NetworkKind.SUBCOMMITTEE));
		row.values.put("networkKind", kind == null ? null : kind.name());
		String area = areaCode(row, ImportTemplates.AREA_CODE, cells.get("areaCode"), false);
		row.values.put("areaCode", area);
		row.values.put("memberCorporateNumber",
				corporateNumber(row, ImportTemplates.MEMBER_NUMBER, cells.get("memberCorporateNumber")));
		MemberRole role = choice(row, ImportTemplates.MEMBER_ROLE, cells.get("role"), MemberRole.values(), Map.of());
		row.values.put("role", role == null ? MemberRole.MEMBER.name() : role.name());
		row.values.put("since", date(row, ImportTemplates.MEMBER_SINCE, cells.get("since")));
		if (cells.get("memberName").isBlank() && row.values.get("memberCorporateNumber") == null
				&& cells.get("memberCorporateNumber").isBlank()) {
			row.error(ImportTemplates.MEMBER_NAME.label(), "構成団体の名称か法人番号が必要です",
					"the member's name or corporate number is needed");
		}
		row.areaCode = area;
		row.key = ImportNames.name(cells.get("network")) + "|" + area;
	}

	private static void service(ParsedRow row, Map<String, String> cells) {
		put(row, cells, "name", "providerName", "eligibility", "description");
		row.values.put("providerCorporateNumber",
				corporateNumber(row, ImportTemplates.PROVIDER_NUMBER, cells.get("providerCorporateNumber")));
		if (cells.get("providerName").isBlank() && cells.get("providerCorporateNumber").isBlank()) {
			row.error(ImportTemplates.PROVIDER_NAME.label(), "提供団体の名称か法人番号が必要です",
					"the provider's name or corporate number is needed");
		}
		String area = areaCode(row, ImportTemplates.AREA_CODE, cells.get("areaCode"), false);
		row.values.put("areaCode", area);
		row.values.put("needs", Arrays.stream(cells.get("needs").split("[、,;；，]"))
			.map(String::strip)
			.filter(need -> !need.isEmpty())
			.toList());
		row.areaCode = area;
		Object providerNumber = row.values.get("providerCorporateNumber");
		row.key = ImportNames.name(cells.get("name")) + "|"
				+ (providerNumber != null ? providerNumber : ImportNames.name(cells.get("providerName")));
	}

	/** What createHousehold takes, no more; the area (a name or a code) and the isolation kinds are looked up later. */
	private static void household(ParsedRow row, Map<String, String> cells) {
		String code = Normalizer.normalize(cells.get("code"), Normalizer.Form.NFKC).strip();
		if (!code.isEmpty() && !HouseholdImport.validCode(code)) {
			row.error(ImportTemplates.HOUSEHOLD_CODE.label(), "世帯コードは英数字とハイフンで3〜40字です（氏名や住所は書けません）",
					"a household code is 3 to 40 letters, digits or hyphens (no names or addresses)");
		}
		row.values.put("code", code.isEmpty() ? null : code);
		String area = Normalizer.normalize(cells.get("area"), Normalizer.Form.NFKC).strip();
		row.values.put("area", area.isEmpty() ? null : area.matches("\\d{5}") ? "0" + area : area);
		Integer memberCount = memberCount(row, cells.get("memberCount"));
		row.values.put("memberCount", memberCount);
		List<HouseholdFlag> flags = new ArrayList<>();
		for (String text : items(cells.get("flags"))) {
			HouseholdFlag flag = choice(row, ImportTemplates.HOUSEHOLD_FLAGS, text, HouseholdFlag.values(), Map.of());
			if (flag != null && !flags.contains(flag)) {
				flags.add(flag);
			}
		}
		List<HouseholdFlag> misfits = HouseholdImport.misfits(memberCount, flags);
		if (!misfits.isEmpty()) {
			String ja = String.join("、", misfits.stream().map(HouseholdFlag::labelJa).toList());
			String en = String.join(", ", misfits.stream().map(Enum::name).toList());
			row.error(ImportTemplates.HOUSEHOLD_FLAGS.label(),
					memberCount != null ? "「" + ja + "」は" + memberCount + "人の世帯には当てはまりません" : "「" + ja + "」は両立しません",
					memberCount != null ? en + " cannot describe a household of " + memberCount : "flags contradict each other: " + en);
		}
		row.values.put("flags", flags.isEmpty() ? null : flags.stream().map(Enum::name).toList());
		Protection protection = choice(row, ImportTemplates.PROTECTION, cells.get("protection"), Protection.values(),
				Map.of("犯罪被害者", Protection.CRIME_VICTIM, "無", Protection.NONE, "-", Protection.NONE));
		row.values.put("protection", protection == null ? null : protection.name());
		row.values.put("isolation", items(cells.get("isolationCodes")));
		row.key = code;
	}

	private static Integer memberCount(ParsedRow row, String text) {
		String value = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("人$", "");
		if (value.isEmpty()) {
			return null;
		}
		if (value.matches("\\d{1,3}") && Integer.parseInt(value) >= HouseholdImport.MIN_MEMBERS
				&& Integer.parseInt(value) <= HouseholdImport.MAX_MEMBERS) {
			return Integer.parseInt(value);
		}
		row.error(ImportTemplates.MEMBER_COUNT.label(), "世帯人数は" + HouseholdImport.MIN_MEMBERS + "〜"
				+ HouseholdImport.MAX_MEMBERS + "の数です（「" + text + "」）", "the member count is a number from "
				+ HouseholdImport.MIN_MEMBERS + " to " + HouseholdImport.MAX_MEMBERS + ", was \"" + text + "\"");
		return null;
	}

	/** A cell's list: items separated by 、 , ; (full or half width), blanks dropped. */
	private static List<String> items(String text) {
		return Arrays.stream(text.split("[、,;；，]")).map(String::strip).filter(item -> !item.isEmpty()).toList();
	}

	private static void put(ParsedRow row, Map<String, String> cells, String... keys) {
		for (String key : keys) {
			String value = cells.get(key).strip();
			row.values.put(key, value.isEmpty() ? null : value);
		}
	}

	private static String corporateNumber(ParsedRow row, TemplateColumn column, String text) {
		String number = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s-]", "");
		if (number.isEmpty()) {
			return null;
		}
		if (!number.matches("\\d{13}")) {
			row.error(column.label(), "法人番号は13桁の数字です（「" + text + "」）",
					"a corporate number has 13 digits, was \"" + text + "\"");
			return null;
		}
		int expected = CorporateNumber.checkDigit(number.substring(1));
		if (expected != number.charAt(0) - '0') {
			row.error(column.label(), "法人番号 " + number + " のチェックデジットは " + expected + " のはずです",
					"the check digit of " + number + " should be " + expected);
			return null;
		}
		return number;
	}

	/** A 6-digit local government code (5 digits from a numeric spreadsheet cell regain their leading zero). */
	private static String areaCode(ParsedRow row, TemplateColumn column, String text, boolean municipalityOnly) {
		String code = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
		if (code.isEmpty()) {
			return null;
		}
		if (code.matches("\\d{5}")) {
			code = "0" + code;
		}
		if (code.matches("\\d+") || municipalityOnly) {
			Optional<String> problem = LocalGovernmentCode.problem(code);
			if (problem.isPresent()) {
				row.error(column.label(), "地方公共団体コード「" + text + "」が正しくありません",
						"not a valid local government code: " + problem.get());
				return null;
			}
		}
		return code;
	}

	private static LocalDate date(ParsedRow row, TemplateColumn column, String text) {
		String value = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replace('/', '-');
		if (value.isEmpty()) {
			return null;
		}
		try {
			String[] parts = value.split("-");
			if (parts.length == 3) {
				return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
			}
			return LocalDate.parse(value);
		}
		catch (NumberFormatException | java.time.DateTimeException ex) {
			row.error(column.label(), "日付は YYYY-MM-DD で書いてください（「" + text + "」）",
					"a date is written YYYY-MM-DD, was \"" + text + "\"");
			return null;
		}
	}

	/** An enum value by its English name or Japanese label (or an alias); null for an empty cell. */
	private static <E extends Enum<E> & Labelled> E choice(ParsedRow row, TemplateColumn column, String text, E[] values,
			Map<String, E> aliases) {
		String value = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
		if (value.isEmpty()) {
			return null;
		}
		for (E candidate : values) {
			if (candidate.name().equalsIgnoreCase(value) || candidate.labelJa().equals(value)
					|| Arrays.asList(candidate.labelJa().split("・")).contains(value)) {
				return candidate;
			}
		}
		if (aliases.containsKey(value)) {
			return aliases.get(value);
		}
		row.error(column.label(), "「" + text + "」は選べません（" + column.noteJa() + "）",
				"\"" + text + "\" is not one of " + column.noteEn());
		return null;
	}

	private static String keyColumn(ImportKind kind) {
		return switch (kind) {
			case ORGANIZATIONS -> ImportTemplates.CORPORATE_NUMBER.label();
			case PEOPLE -> ImportTemplates.PERSON_NAME.label();
			case NETWORKS -> ImportTemplates.NETWORK_NAME.label();
			case SERVICES -> ImportTemplates.SERVICE_NAME.label();
			case HOUSEHOLDS -> ImportTemplates.HOUSEHOLD_CODE.label();
			case HSDS -> "id";
		};
	}

	private static String keyJa(ImportKind kind) {
		return kind == ImportKind.ORGANIZATIONS ? "法人番号（または名称と市区町村）" : kind == ImportKind.PEOPLE ? "氏名と担当地区"
				: kind == ImportKind.HOUSEHOLDS ? "世帯コード" : "名称";
	}

	private static String keyEn(ImportKind kind) {
		return kind == ImportKind.ORGANIZATIONS ? "corporate number (or name and municipality)"
				: kind == ImportKind.PEOPLE ? "name and district" : kind == ImportKind.HOUSEHOLDS ? "household code" : "name";
	}
}
