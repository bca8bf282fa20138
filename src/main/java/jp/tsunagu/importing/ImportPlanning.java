package jp.tsunagu.importing;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jp.tsunagu.api.Bilingual;
import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.household.HouseholdImport;
import jp.tsunagu.household.HouseholdImport.HeldHousehold;
import jp.tsunagu.naming.Reading;
import jp.tsunagu.importing.ImportJob.PlannedRow;
import jp.tsunagu.naming.NameResolution;
import jp.tsunagu.security.Caller;
import org.springframework.stereotype.Component;

/**
 * The dry run's look at the database, per kind: that the areas exist and lie in the caller's scope, that named
 * entities (operators, councils, members, providers, needs) exist, which rows match an entity by natural key (and
 * whether they change it), and which look like an entity by normalised name and address.
 */
@Component
class ImportPlanning {

	private static final Bilingual SAME_NUMBER = new Bilingual("同じ法人番号です", "the corporate number is the same");

	private static final Pattern LEADING_PREFECTURE = Pattern.compile("^(北海道|東京都|大阪府|京都府|.{2,3}県)");

	private static final Bilingual SAME_NAME_AND_ADDRESS = new Bilingual("同じ名称と所在地です（表記を正規化して比較）",
			"the name and address are the same once normalised");

	private static final Bilingual SAME_CODE = new Bilingual("あなたの団体の記録に同じ世帯コードがあります",
			"your organisation's records hold the same code");

	private final ImportQueries queries;

	private final HouseholdImport households;

	private final NameResolution names;

	ImportPlanning(ImportQueries queries, HouseholdImport households, NameResolution names) {
		this.queries = queries;
		this.households = households;
		this.names = names;
	}

	/**
	 * Plans a household file of the caller's organisation: areas by name or code (never a prefecture), isolation
	 * kinds by code or label, and the rows whose code the organisation already holds (audited as read). Codes are
	 * looked up among the caller's own records alone, so nothing here tells of households held elsewhere.
	 */
	List<PlannedRow> households(List<ParsedRow> rows, Caller caller, String fileName, List<Duplicate> duplicates) {
		List<ParsedRow> good = rows.stream().filter(ParsedRow::ok).toList();
		householdAreas(good);
		Map<String, String> isolationKinds = queries.isolationKinds();
		for (ParsedRow row : good) {
			List<String> codes = new ArrayList<>();
			for (Object given : (List<?>) row.values.remove("isolation")) {
				String code = isolationKinds.get(Normalizer.normalize(given.toString(), Normalizer.Form.NFKC));
				if (code == null) {
					row.error(ImportTemplates.ISOLATION.label(), "「" + given + "」という孤立の種類はありません",
							"no isolation kind \"" + given + "\"");
				}
				else if (!codes.contains(code)) {
					codes.add(code);
				}
			}
			row.values.put("isolationCodes", codes.isEmpty() ? null : codes);
		}
		Map<String, HeldHousehold> held = new HashMap<>();
		households.heldByCaller(caller, fileName, good.stream().filter(ParsedRow::ok).map(row -> row.key).toList())
			.blockOptional()
			.orElse(List.of())
			.forEach(household -> held.put(household.code(), household));
		List<PlannedRow> planned = new ArrayList<>();
		for (ParsedRow row : good) {
			PlannedRow plannedRow = new PlannedRow(row);
			HeldHousehold existing = held.get(row.key);
			if (existing == null) {
				plannedRow.decision = Decision.CREATE;
			}
			else if (existing.archived()) {
				row.error(ImportTemplates.HOUSEHOLD_CODE.label(), "この世帯の記録は終了（アーカイブ）済みで変更できません",
						"this household's record is archived and can no longer be changed");
			}
			else {
				plannedRow.existingId = existing.id();
				plannedRow.decision = Decision.MERGE;
				plannedRow.changes = changes(row, existing);
				if (plannedRow.changes && row.ok()) {
					plannedRow.candidates = List.of(Duplicate.Candidate.of(existing.id(), existing.code(), SAME_CODE));
					duplicates.add(new Duplicate(row.number, existing.code(), plannedRow.candidates, Decision.MERGE));
				}
			}
			planned.add(plannedRow);
		}
		return planned.stream().filter(plannedRow -> plannedRow.row.ok()).toList();
	}

	/** Each row's area, by code or by name, as a code; a prefecture is no place to live in. */
	private void householdAreas(List<ParsedRow> rows) {
		Map<String, String> codeOf = new HashMap<>();
		Map<String, RowError> problemOf = new HashMap<>();
		for (ParsedRow row : rows) {
			String given = row.text("area");
			if (codeOf.containsKey(given) || problemOf.containsKey(given)) {
				continue;
			}
			if (given.chars().allMatch(c -> c < 128)) {
				codeOf.put(given, given);
				continue;
			}
			try {
				names.area("area", given).blockOptional().ifPresentOrElse(code -> codeOf.put(given, code),
						() -> problemOf.put(given, new RowError(0, null, "「" + given + "」という地域はありません",
								"no area is named \"" + given + "\"")));
			}
			catch (InvalidArgumentException ambiguous) {
				problemOf.put(given, new RowError(0, null, ambiguous.messageJa(), ambiguous.messageEn()));
			}
		}
		Map<String, Boolean> prefecture = queries.areaIsPrefecture(new HashSet<>(codeOf.values()));
		for (ParsedRow row : rows) {
			String given = row.text("area");
			String code = codeOf.get(given);
			RowError problem = problemOf.get(given);
			String column = ImportTemplates.HOUSEHOLD_AREA.label();
			if (problem != null) {
				row.error(column, problem.reasonJa(), problem.reasonEn());
			}
			else if (!prefecture.containsKey(code)) {
				row.error(column, "コード " + code + " の地域はありません", "no area with code " + code);
			}
			else if (prefecture.get(code)) {
				row.error(column, given + " は都道府県です。市区町村か地区を指定してください",
						given + " is a prefecture; give the district, municipality or ward");
			}
			row.values.remove("area");
			row.values.put("areaCode", code);
		}
	}

	/** Whether the row changes the household: a value given and different (an empty cell keeps what is held). */
	private static boolean changes(ParsedRow row, HeldHousehold existing) {
		return !Objects.equals(row.values.get("areaCode"), existing.areaCode())
				|| row.values.get("memberCount") != null && !row.values.get("memberCount").equals(existing.memberCount())
				|| row.values.get("flags") != null
						&& !new HashSet<>((List<?>) row.values.get("flags")).equals(new HashSet<>(existing.flags()))
				|| row.values.get("protection") != null && !row.values.get("protection").equals(existing.protection())
				|| row.values.get("isolationCodes") != null && !new HashSet<>((List<?>) row.values.get("isolationCodes"))
					.equals(new HashSet<>(existing.isolationCodes()));
	}

	/**
	 * Plans the rows without errors; rows found wanting get errors and are left out.
	 *
	 * @param scope the area codes the caller may import into, or null for no limit (administrators)
	 */
	List<PlannedRow> plan(ImportKind kind, List<ParsedRow> rows, Set<String> scope, List<Duplicate> duplicates) {
		List<ParsedRow> good = rows.stream().filter(ParsedRow::ok).toList();
		checkAreas(good, scope);
		List<PlannedRow> planned = switch (kind) {
			case ORGANIZATIONS -> organizations(good, scope, duplicates);
			case PEOPLE -> people(good);
			case NETWORKS -> memberships(good);
			case SERVICES -> services(good);
			case HOUSEHOLDS, HSDS -> throw new IllegalArgumentException(kind + " files are planned elsewhere");
		};
		return planned.stream().filter(plannedRow -> plannedRow.row.ok()).toList();
	}

	private void checkAreas(List<ParsedRow> rows, Set<String> scope) {
		Set<String> existing = queries.existingAreas(codes(rows));
		for (ParsedRow row : rows) {
			if (row.areaCode == null) {
				continue;
			}
			if (!existing.contains(row.areaCode)) {
				row.error(areaColumn(row), "コード " + row.areaCode + " の地域はありません",
						"no area with code " + row.areaCode);
			}
			else if (scope != null && !scope.contains(row.areaCode)) {
				row.error(areaColumn(row), "コード " + row.areaCode + " の地域はあなたの社協の区域外です",
						"area " + row.areaCode + " is outside your council's area");
			}
		}
	}

	private static String areaColumn(ParsedRow row) {
		return row.values.containsKey("municipalityCode") ? ImportTemplates.MUNICIPALITY_CODE.label()
				: row.values.containsKey("districtCode") ? ImportTemplates.DISTRICT_CODE.label()
						: ImportTemplates.AREA_CODE.label();
	}

	private List<PlannedRow> organizations(List<ParsedRow> rows, Set<String> scope, List<Duplicate> duplicates) {
		Set<String> numbers = new HashSet<>();
		Set<String> keys = new HashSet<>();
		for (ParsedRow row : rows) {
			if (row.text("corporateNumber") != null) {
				numbers.add(row.text("corporateNumber"));
			}
			else {
				keys.add(row.key);
			}
			if (row.text("operatorCorporateNumber") != null) {
				numbers.add(row.text("operatorCorporateNumber"));
			}
		}
		Map<String, Map<String, Object>> byNumber = new HashMap<>();
		Map<String, Map<String, Object>> byKey = new HashMap<>();
		for (Map<String, Object> existing : queries.organizationsByKey(numbers, keys)) {
			if (existing.get("corporateNumber") != null) {
				byNumber.put((String) existing.get("corporateNumber"), existing);
			}
			if (existing.get("importKey") != null) {
				byKey.put((String) existing.get("importKey"), existing);
			}
		}
		Set<String> numbersInFile = rows.stream()
			.map(row -> row.text("corporateNumber"))
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		List<PlannedRow> planned = new ArrayList<>();
		List<PlannedRow> unmatched = new ArrayList<>();
		for (ParsedRow row : rows) {
			PlannedRow plannedRow = new PlannedRow(row);
			String operator = row.text("operatorCorporateNumber");
			if (operator != null && !numbersInFile.contains(operator) && !byNumber.containsKey(operator)) {
				row.error(ImportTemplates.OPERATOR.label(), "法人番号 " + operator + " の運営法人がファイルにもハブにもありません",
						"no operating corporation with corporate number " + operator + " in the file or the hub");
			}
			String number = row.text("corporateNumber");
			Map<String, Object> match = number != null ? byNumber.get(number) : byKey.get(row.key);
			if (match != null) {
				Object where = match.get("municipalityCode");
				if (scope != null && where != null && !scope.contains(where)) {
					row.error(ImportTemplates.CORPORATE_NUMBER.label(), "この法人番号の団体はあなたの社協の区域外に登録されています",
							"the organisation with this corporate number is registered outside your council's area");
				}
				plannedRow.existingId = (String) match.get("id");
				keepSpelling(row, match);
				plannedRow.changes = changes(row, match, List.of("name", "nameKana", "address", "phone", "description",
						"facilityField", "municipalityCode", "operatorCorporateNumber"));
				plannedRow.decision = Decision.MERGE;
				if (plannedRow.changes && number != null && row.ok()) {
					plannedRow.candidates = List.of(candidate(match, SAME_NUMBER));
					duplicates.add(new Duplicate(row.number, row.text("name"), plannedRow.candidates, Decision.MERGE));
				}
			}
			else {
				plannedRow.decision = Decision.CREATE;
				unmatched.add(plannedRow);
			}
			planned.add(plannedRow);
		}
		lookAlikes(unmatched, duplicates);
		return planned;
	}

	/** Rows without a key match that look like organisations in their municipality: a decision is needed. */
	private void lookAlikes(List<PlannedRow> unmatched, List<Duplicate> duplicates) {
		Set<String> municipalities = unmatched.stream()
			.map(plannedRow -> plannedRow.row.areaCode)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		if (municipalities.isEmpty()) {
			return;
		}
		Map<String, List<Map<String, Object>>> byName = new HashMap<>();
		for (Map<String, Object> existing : queries.organizationsIn(municipalities)) {
			byName.computeIfAbsent(nameReading((String) existing.get("name")) + "|" + existing.get("municipalityCode"),
					key -> new ArrayList<>()).add(existing);
		}
		for (PlannedRow plannedRow : unmatched) {
			ParsedRow row = plannedRow.row;
			if (!row.ok()) {
				continue;
			}
			List<Duplicate.Candidate> candidates = byName
				.getOrDefault(nameReading(row.text("name")) + "|" + row.areaCode, List.of())
				.stream()
				.filter(existing -> sameName(row.text("name"), (String) existing.get("name")))
				.filter(existing -> sameAddress(row.text("address"), (String) existing.get("address")))
				.filter(existing -> existing.get("corporateNumber") == null || row.text("corporateNumber") == null)
				.map(existing -> candidate(existing, SAME_NAME_AND_ADDRESS))
				.toList();
			if (!candidates.isEmpty()) {
				plannedRow.candidates = candidates;
				plannedRow.decision = null;
				duplicates.add(new Duplicate(row.number, row.text("name"), candidates, null));
			}
		}
	}

	/** One name, however written: notation (width, legal forms) or kana for kanji (こども食堂 and 子供食堂). */
	private static boolean sameName(String fromFile, String existing) {
		return ImportNames.name(fromFile).equals(ImportNames.name(existing))
				|| Reading.sameName(ImportNames.name(fromFile), ImportNames.name(existing));
	}

	private static String nameReading(String name) {
		return Reading.key(ImportNames.name(name));
	}

	/**
	 * Addresses agree when both are given and equal once normalised, or when either is not given. The hub's address
	 * line starts with the 都道府県 and a file's often does not, so both are read without it.
	 */
	private static boolean sameAddress(String fromFile, String existing) {
		return fromFile == null || existing == null || comparableAddress(fromFile).equals(comparableAddress(existing));
	}

	private static String comparableAddress(String address) {
		return LEADING_PREFECTURE.matcher(ImportNames.address(address)).replaceFirst("");
	}

	private List<PlannedRow> people(List<ParsedRow> rows) {
		Set<String> councils = rows.stream().map(row -> row.text("council")).filter(Objects::nonNull).collect(Collectors.toSet());
		Map<String, String> councilIds = new HashMap<>();
		queries.residentGroupsNamed(councils).forEach(group -> councilIds.put((String) group.get("name"), (String) group.get("id")));
		Map<String, Map<String, Object>> existing = new HashMap<>();
		for (Map<String, Object> person : queries.volunteersIn(codes(rows))) {
			existing.putIfAbsent(ImportNames.name((String) person.get("name")) + "|" + person.get("districtCode"), person);
		}
		List<PlannedRow> planned = new ArrayList<>();
		for (ParsedRow row : rows) {
			PlannedRow plannedRow = new PlannedRow(row);
			String council = row.text("council");
			if (council != null && !councilIds.containsKey(council)) {
				row.error(ImportTemplates.COMMISSIONER_COUNCIL.label(), "「" + council + "」という民児協は登録されていません",
						"no 民児協 named \"" + council + "\" is registered");
			}
			row.values.put("councilId", council == null ? null : councilIds.get(council));
			Map<String, Object> match = existing.get(row.key);
			if (match != null) {
				plannedRow.existingId = (String) match.get("id");
				keepSpelling(row, match);
				plannedRow.changes = changes(row, match, List.of("name", "chiefChildCommissioner", "councilId", "since"));
			}
			plannedRow.decision = match == null ? Decision.CREATE : Decision.MERGE;
			planned.add(plannedRow);
		}
		return planned;
	}

	private List<PlannedRow> memberships(List<ParsedRow> rows) {
		Map<String, String> members = members(rows, "memberCorporateNumber", "memberName", ImportTemplates.MEMBER_NAME);
		Map<String, Map<String, Object>> networks = new HashMap<>();
		for (Map<String, Object> network : queries.networksCovering(codes(rows))) {
			networks.putIfAbsent(ImportNames.name((String) network.get("name")) + "|" + network.get("areaCode"), network);
		}
		Map<String, String> newNetworkIds = new HashMap<>();
		List<PlannedRow> planned = new ArrayList<>();
		for (ParsedRow row : rows) {
			PlannedRow plannedRow = new PlannedRow(row);
			String memberId = members.get(memberReference(row, "memberCorporateNumber", "memberName"));
			row.values.put("memberId", memberId);
			if (row.values.get("networkKind") == null) {
				row.values.put("networkKind", "LIAISON_COUNCIL");
			}
			Map<String, Object> network = networks.get(row.key);
			if (network == null) {
				row.values.put("networkId", newNetworkIds.computeIfAbsent(row.key, key -> UUID.randomUUID().toString()));
				plannedRow.decision = Decision.CREATE;
			}
			else {
				plannedRow.existingId = (String) network.get("id");
				row.values.put("networkId", plannedRow.existingId);
				plannedRow.decision = Decision.MERGE;
				plannedRow.changes = ((List<?>) network.get("members")).stream()
					.map(member -> (Map<?, ?>) member)
					.noneMatch(member -> Objects.equals(member.get("memberId"), memberId)
							&& Objects.equals(member.get("role"), row.values.get("role"))
							&& (row.values.get("since") == null || Objects.equals(member.get("since"), row.values.get("since"))));
			}
			planned.add(plannedRow);
		}
		return planned;
	}

	private List<PlannedRow> services(List<ParsedRow> rows) {
		Map<String, String> providers = members(rows, "providerCorporateNumber", "providerName",
				ImportTemplates.PROVIDER_NAME);
		Map<String, String> needCodes = queries.needCodes();
		Map<String, Map<String, Object>> existing = new HashMap<>();
		for (Map<String, Object> service : queries.servicesOf(new HashSet<>(providers.values()))) {
			existing.putIfAbsent(ImportNames.name((String) service.get("name")) + "|" + service.get("providerId"), service);
		}
		List<PlannedRow> planned = new ArrayList<>();
		for (ParsedRow row : rows) {
			PlannedRow plannedRow = new PlannedRow(row);
			String providerId = providers.get(memberReference(row, "providerCorporateNumber", "providerName"));
			row.values.put("providerId", providerId);
			List<String> needs = new ArrayList<>();
			for (Object need : (List<?>) row.values.get("needs")) {
				String code = needCodes.get(need.toString());
				if (code == null) {
					row.error(ImportTemplates.NEEDS.label(), "「" + need + "」という課題はありません", "no need \"" + need + "\"");
				}
				needs.add(code);
			}
			row.values.put("needs", needs);
			Map<String, Object> match = existing.get(ImportNames.name(row.text("name")) + "|" + providerId);
			if (match != null) {
				plannedRow.existingId = (String) match.get("id");
				plannedRow.changes = changes(row, match, List.of("eligibility", "description"))
						|| !((List<?>) match.get("needs")).containsAll(needs)
						|| !((List<?>) match.get("areas")).contains(row.areaCode);
			}
			plannedRow.decision = match == null ? Decision.CREATE : Decision.MERGE;
			planned.add(plannedRow);
		}
		return planned;
	}

	/**
	 * The organisations that rows name by corporate number or by name (within the row's area), by the row's
	 * reference; a row naming none, or a name that several organisations share, gets an error.
	 */
	private Map<String, String> members(List<ParsedRow> rows, String numberKey, String nameKey, TemplateColumn column) {
		Set<String> numbers = rows.stream().map(row -> row.text(numberKey)).filter(Objects::nonNull).collect(Collectors.toSet());
		Map<String, String> found = new HashMap<>();
		for (Map<String, Object> organization : queries.organizationsByKey(numbers, List.of())) {
			found.put("cn:" + organization.get("corporateNumber"), (String) organization.get("id"));
		}
		Map<String, List<String>> byName = new HashMap<>();
		for (Map<String, Object> organization : queries.organizationsIn(codes(rows))) {
			byName.computeIfAbsent(ImportNames.name((String) organization.get("name")), name -> new ArrayList<>())
				.add((String) organization.get("id"));
		}
		for (ParsedRow row : rows) {
			String reference = memberReference(row, numberKey, nameKey);
			if (found.containsKey(reference)) {
				continue;
			}
			List<String> named = row.text(numberKey) == null
					? byName.getOrDefault(ImportNames.name(row.text(nameKey)), List.of()).stream().distinct().toList()
					: List.of();
			if (named.size() == 1) {
				found.put(reference, named.get(0));
			}
			else if (named.size() > 1) {
				row.error(column.label(), "「" + row.text(nameKey) + "」という団体が区域内に複数あります。法人番号で指定してください",
						"several organisations in the area are named \"" + row.text(nameKey) + "\"; give the corporate number");
			}
			else {
				String what = row.text(numberKey) != null ? row.text(numberKey) : row.text(nameKey);
				row.error(column.label(), "「" + what + "」の団体が区域内に見つかりません",
						"no organisation \"" + what + "\" found in the area");
			}
		}
		return found;
	}

	private static String memberReference(ParsedRow row, String numberKey, String nameKey) {
		return row.text(numberKey) != null ? "cn:" + row.text(numberKey) : "name:" + row.text(nameKey) + "|" + row.areaCode;
	}

	/** A name that only differs in spelling ((福) for 社会福祉法人, widths, spaces) leaves the hub's spelling as it is. */
	static void keepSpelling(ParsedRow row, Map<String, Object> existing) {
		Object name = existing.get("name");
		if (name != null && ImportNames.name(row.text("name")).equals(ImportNames.name(name.toString()))) {
			row.values.put("name", name);
		}
	}

	private static boolean changes(ParsedRow row, Map<String, Object> existing, Collection<String> keys) {
		for (String key : keys) {
			Object value = row.values.get(key);
			Object current = existing.get(key);
			if (key.equals("address") && value instanceof String address && current instanceof String held) {
				if (!sameAddress(address, held)) {
					return true;
				}
				continue;
			}
			if (value instanceof LocalDate && current != null) {
				current = LocalDate.parse(current.toString());
			}
			if (value != null && !Objects.equals(value, current) && !(value instanceof Boolean flag && !flag && current == null)) {
				return true;
			}
		}
		return false;
	}

	private static Duplicate.Candidate candidate(Map<String, Object> existing, Bilingual why) {
		return Duplicate.Candidate.of((String) existing.get("id"), (String) existing.get("name"), why);
	}

	private static Set<String> codes(List<ParsedRow> rows) {
		return rows.stream().map(row -> row.areaCode).filter(Objects::nonNull).collect(Collectors.toSet());
	}
}
