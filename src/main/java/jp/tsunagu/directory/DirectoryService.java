package jp.tsunagu.directory;

import static jp.tsunagu.graph.CypherParameters.of;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.tsunagu.api.Bilingual;
import jp.tsunagu.api.UserError;
import jp.tsunagu.api.UserErrors;
import jp.tsunagu.area.LocalGovernmentCode;
import jp.tsunagu.directory.DirectoryInputs.CostOptionInput;
import jp.tsunagu.directory.DirectoryInputs.DirectoryEntryInput;
import jp.tsunagu.directory.DirectoryInputs.DirectoryEntryPayload;
import jp.tsunagu.directory.DirectoryInputs.LocationInput;
import jp.tsunagu.directory.DirectoryInputs.PhoneInput;
import jp.tsunagu.directory.DirectoryInputs.ScheduleInput;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Validates a directory entry in full, then replaces the stored one in one transaction; a payload with errors means
 * nothing was written. An entry becomes a tree of HSDS entities: a service's places are held through a
 * service_at_location each, an organisation's directly.
 */
@Component
class DirectoryService {

	private static final int MAX_TEXT = 2000;

	private static final String OWNER = """
			MATCH (o) WHERE o.id = $id AND (o:Service OR o:Organization)
			RETURN o:Service AS service, coalesce(o.archived, false) AS archived""";

	/** A ward's city is its municipality's name and its own (神戸市北区). */
	private static final String MUNICIPALITIES = """
			UNWIND $codes AS code
			MATCH (m:Area {code: code}) WHERE m:Municipality OR m:Ward
			OPTIONAL MATCH (m)-[:PART_OF]->(city:Municipality)
			OPTIONAL MATCH (m)-[:PART_OF*1..2]->(p:Prefecture)
			RETURN m.code AS code, coalesce(city.name, '') + m.name AS city, p.name AS prefecture,
			       m.latitude AS latitude, m.longitude AS longitude""";

	private static final String SET_ROOT = """
			MATCH (o {id: $id}) WHERE o:Service OR o:Organization
			SET o += $properties, o.updatedAt = datetime()""";

	private final ReactiveNeo4jClient client;

	private final DirectoryQueries store;

	private final TransactionalOperator transaction;

	DirectoryService(ReactiveNeo4jClient client, DirectoryQueries store, TransactionalOperator transaction) {
		this.client = client;
		this.store = store;
		this.transaction = transaction;
	}

	Mono<DirectoryEntryPayload> save(DirectoryEntryInput input) {
		Mono<DirectoryEntryPayload> work = client.query(OWNER)
			.bindAll(of("id", input.ownerId()))
			.fetchAs(Owner.class)
			.mappedBy((types, record) -> new Owner(record.get("service").asBoolean(), record.get("archived").asBoolean()))
			.one()
			.flatMap(owner -> municipalities(input).flatMap(found -> {
				UserErrors errors = check(input, owner, found);
				if (!errors.isEmpty()) {
					return Mono.just(DirectoryEntryPayload.failure(errors.list()));
				}
				HsdsEntity root = owner.service() ? HsdsEntity.SERVICE : HsdsEntity.ORGANIZATION;
				return write(root, input, found).then(store.read(root, List.of(input.ownerId())))
					.map(trees -> DirectoryEntryPayload.success(DirectoryEntry.from(root, trees.get(input.ownerId()))));
			}))
			.switchIfEmpty(Mono.fromSupplier(() -> DirectoryEntryPayload.failure(new UserErrors()
				.add("ownerId", "ID " + input.ownerId() + " の社会資源・組織はありません", "no service or organisation with id "
						+ input.ownerId())
				.list())));
		return transaction.transactional(work);
	}

	private Mono<Map<String, Municipality>> municipalities(DirectoryEntryInput input) {
		List<String> codes = list(input.locations()).stream()
			.map(LocationInput::municipalityCode)
			.filter(code -> code != null)
			.map(DirectoryRules::halfWidth)
			.distinct()
			.toList();
		return client.query(MUNICIPALITIES)
			.bindAll(of("codes", codes))
			.fetchAs(Municipality.class)
			.mappedBy((types, record) -> new Municipality(record.get("code").asString(), record.get("city").asString(),
					record.get("prefecture").isNull() ? null : record.get("prefecture").asString(),
					record.get("latitude").isNull() ? null : record.get("latitude").asDouble(),
					record.get("longitude").isNull() ? null : record.get("longitude").asDouble()))
			.all()
			.collectMap(Municipality::code);
	}

	private static UserErrors check(DirectoryEntryInput input, Owner owner, Map<String, Municipality> municipalities) {
		UserErrors errors = new UserErrors();
		if (owner.archived()) {
			errors.add("ownerId", "アーカイブ済みです", input.ownerId() + " is archived");
		}
		optional(input.email()).flatMap(DirectoryRules::emailProblem).ifPresent(problem -> errors.add("email", problem));
		optional(input.url()).flatMap(DirectoryRules::urlProblem).ifPresent(problem -> errors.add("url", problem));
		errors.maxLength("feesDescription", input.feesDescription(), MAX_TEXT)
			.maxLength("applicationProcess", input.applicationProcess(), MAX_TEXT);
		if (!owner.service()) {
			serviceOnly(errors, "schedules", input.schedules() != null && !input.schedules().isEmpty());
			serviceOnly(errors, "costOptions", input.costOptions() != null && !input.costOptions().isEmpty());
			serviceOnly(errors, "languages", input.languages() != null && !input.languages().isEmpty());
			serviceOnly(errors, "requiredDocuments", input.requiredDocuments() != null && !input.requiredDocuments().isEmpty());
			serviceOnly(errors, "feesDescription", input.feesDescription() != null);
			serviceOnly(errors, "applicationProcess", input.applicationProcess() != null);
		}
		List<PhoneInput> phones = list(input.phones());
		for (int i = 0; i < phones.size(); i++) {
			PhoneInput phone = phones.get(i);
			int index = i;
			DirectoryRules.phoneProblem(phone.number()).ifPresent(problem -> add(errors, problem, "phones", index, "number"));
			optional(phone.type()).flatMap(DirectoryRules::phoneTypeProblem)
				.ifPresent(problem -> add(errors, problem, "phones", index, "type"));
			if (phone.extension() != null && phone.extension() < 0) {
				add(errors, new Bilingual("内線番号は0以上です", "an extension is 0 or more"), "phones", index, "extension");
			}
		}
		List<LocationInput> locations = list(input.locations());
		for (int i = 0; i < locations.size(); i++) {
			checkLocation(errors, locations.get(i), i, municipalities);
		}
		List<ScheduleInput> schedules = list(input.schedules());
		for (int i = 0; i < schedules.size(); i++) {
			checkSchedule(errors, schedules.get(i), i);
		}
		List<CostOptionInput> costs = list(input.costOptions());
		for (int i = 0; i < costs.size(); i++) {
			CostOptionInput cost = costs.get(i);
			int index = i;
			if (cost.amount() != null && cost.amount() < 0) {
				add(errors, new Bilingual("金額は0以上です", "an amount is 0 or more, was " + cost.amount()), "costOptions", index, "amount");
			}
			optional(cost.currency()).flatMap(DirectoryRules::currencyProblem)
				.ifPresent(problem -> add(errors, problem, "costOptions", index, "currency"));
		}
		List<String> languages = list(input.languages());
		for (int i = 0; i < languages.size(); i++) {
			int index = i;
			DirectoryRules.languageProblem(languages.get(i)).ifPresent(problem -> add(errors, problem, "languages", index));
		}
		List<String> documents = list(input.requiredDocuments());
		for (int i = 0; i < documents.size(); i++) {
			if (documents.get(i).isBlank()) {
				add(errors, new Bilingual("書類名を入力してください", "a document needs a name"), "requiredDocuments", i);
			}
		}
		return errors;
	}

	private static void checkLocation(UserErrors errors, LocationInput location, int index,
			Map<String, Municipality> municipalities) {
		if (location.name() == null || location.name().isBlank()) {
			add(errors, new Bilingual("名称を入力してください", "a place needs a name"), "locations", index, "name");
		}
		optional(location.postalCode()).filter(code -> DirectoryRules.postalCode(code).isEmpty())
			.ifPresent(code -> add(errors, DirectoryRules.postalCodeProblem(code), "locations", index, "postalCode"));
		String code = location.municipalityCode() == null ? "" : DirectoryRules.halfWidth(location.municipalityCode());
		Optional<String> codeProblem = LocalGovernmentCode.problem(code);
		if (codeProblem.isPresent()) {
			add(errors, new Bilingual("市区町村コード（6桁、検査数字つき）が正しくありません", codeProblem.get()), "locations", index,
					"municipalityCode");
		}
		else if (!municipalities.containsKey(code)) {
			add(errors, new Bilingual("コード " + code + " の市区町村はありません", "no municipality or ward with code " + code),
					"locations", index, "municipalityCode");
		}
		if ((location.latitude() == null) != (location.longitude() == null)) {
			add(errors, new Bilingual("緯度と経度は両方入力してください", "give both latitude and longitude, or neither"), "locations", index,
					location.latitude() == null ? "latitude" : "longitude");
		}
		if (location.latitude() != null && Math.abs(location.latitude()) > 90) {
			add(errors, new Bilingual("緯度は -90〜90 です", "latitude is between -90 and 90"), "locations", index, "latitude");
		}
		if (location.longitude() != null && Math.abs(location.longitude()) > 180) {
			add(errors, new Bilingual("経度は -180〜180 です", "longitude is between -180 and 180"), "locations", index, "longitude");
		}
	}

	private static void checkSchedule(UserErrors errors, ScheduleInput schedule, int index) {
		if (schedule.byDay() == null || schedule.byDay().isEmpty()) {
			add(errors, new Bilingual("曜日を1つ以上選んでください", "name at least one day"), "schedules", index, "byDay");
		}
		else {
			schedule.byDay().forEach(day -> DirectoryRules.dayProblem(day)
				.ifPresent(problem -> add(errors, problem, "schedules", index, "byDay")));
		}
		optional(schedule.opensAt()).flatMap(DirectoryRules::timeProblem)
			.ifPresent(problem -> add(errors, problem, "schedules", index, "opensAt"));
		optional(schedule.closesAt()).flatMap(DirectoryRules::timeProblem)
			.ifPresent(problem -> add(errors, problem, "schedules", index, "closesAt"));
		if (schedule.opensAt() != null && schedule.closesAt() != null
				&& DirectoryRules.timeProblem(schedule.opensAt()).isEmpty()
				&& DirectoryRules.timeProblem(schedule.closesAt()).isEmpty()
				&& schedule.opensAt().compareTo(schedule.closesAt()) >= 0) {
			add(errors, new Bilingual("終了時刻は開始時刻より後にしてください", "closesAt must be after opensAt"), "schedules", index, "closesAt");
		}
		if (schedule.validFrom() != null && schedule.validTo() != null && schedule.validTo().isBefore(schedule.validFrom())) {
			add(errors, new Bilingual("終了日は開始日以降にしてください", "validTo must not be before validFrom"), "schedules", index, "validTo");
		}
	}

	private static void serviceOnly(UserErrors errors, String field, boolean given) {
		if (given) {
			errors.add(field, "社会資源にのみ設定できます", "only a service has " + field);
		}
	}

	private static void add(UserErrors errors, Bilingual message, String field, Object... path) {
		List<String> names = new ArrayList<>(List.of("input", field));
		for (Object part : path) {
			names.add(String.valueOf(part));
		}
		errors.addAll(List.of(UserError.at(names, message.japanese(), message.english())));
	}

	private Mono<Void> write(HsdsEntity root, DirectoryEntryInput input, Map<String, Municipality> municipalities) {
		boolean service = root == HsdsEntity.SERVICE;
		String ownerId = input.ownerId();
		Map<String, Object> properties = new HashMap<>();
		properties.put("email", blankToNull(input.email()));
		properties.put(service ? "url" : "website", blankToNull(input.url()));
		properties.put("directoryGenerated", Boolean.TRUE.equals(input.generated()));
		if (service) {
			properties.put("feesDescription", blankToNull(input.feesDescription()));
			properties.put("applicationProcess", blankToNull(input.applicationProcess()));
		}
		Map<String, Object> tree = new LinkedHashMap<>();
		tree.put("phones", list(input.phones()).stream().map(DirectoryService::phone).toList());
		List<Object> locations = new ArrayList<>();
		for (LocationInput location : list(input.locations())) {
			Map<String, Object> place = location(location,
					municipalities.get(DirectoryRules.halfWidth(location.municipalityCode())), input.generated());
			if (service) {
				Map<String, Object> at = new LinkedHashMap<>();
				at.put("id", newId());
				at.put("location", place);
				locations.add(at);
			}
			else {
				locations.add(place);
			}
		}
		tree.put(service ? "service_at_locations" : "locations", locations);
		if (service) {
			tree.put("schedules", list(input.schedules()).stream().map(DirectoryService::schedule).toList());
			tree.put("cost_options", list(input.costOptions()).stream().map(DirectoryService::costOption).toList());
			tree.put("languages", list(input.languages()).stream().map(DirectoryService::language).toList());
			tree.put("required_documents", list(input.requiredDocuments()).stream()
				.map(document -> (Object) Map.of("id", newId(), "document", document.strip()))
				.toList());
		}
		return client.query(SET_ROOT)
			.bindAll(of("id", ownerId, "properties", properties))
			.run()
			.then(store.clear(root, ownerId))
			.then(store.write(root, ownerId, tree));
	}

	private static Map<String, Object> phone(PhoneInput phone) {
		Map<String, Object> tree = entity();
		tree.put("number", DirectoryRules.phone(phone.number()));
		putIfPresent(tree, "extension", phone.extension() == null ? null : phone.extension().longValue());
		putIfPresent(tree, "type", phone.type() == null ? "voice" : phone.type());
		putIfPresent(tree, "description", blankToNull(phone.description()));
		return tree;
	}

	private static Map<String, Object> location(LocationInput input, Municipality municipality, Boolean generated) {
		Map<String, Object> location = entity();
		location.put("locationType", "physical");
		location.put("name", input.name().strip());
		putIfPresent(location, "description", blankToNull(input.description()));
		putIfPresent(location, "transportation", blankToNull(input.transportation()));
		boolean geocoded = input.latitude() == null && municipality.latitude() != null;
		putIfPresent(location, "latitude", geocoded ? municipality.latitude() : input.latitude());
		putIfPresent(location, "longitude", geocoded ? municipality.longitude() : input.longitude());
		location.put("geocoded", geocoded);
		location.put("generated", Boolean.TRUE.equals(generated));
		Map<String, Object> address = entity();
		String town = blankToNull(input.town());
		String streetNumber = blankToNull(input.streetNumber() == null ? null : DirectoryRules.halfWidth(input.streetNumber()));
		String line = (town == null ? "" : town) + (streetNumber == null ? "" : streetNumber);
		putIfPresent(address, "address1", line.isEmpty() ? null : line);
		putIfPresent(address, "address2", blankToNull(input.building()));
		address.put("city", municipality.city());
		putIfPresent(address, "stateProvince", municipality.prefecture());
		putIfPresent(address, "postalCode",
				input.postalCode() == null ? null : DirectoryRules.postalCode(input.postalCode()).orElse(null));
		address.put("country", "JP");
		address.put("addressType", "physical");
		address.put("municipalityCode", municipality.code());
		putIfPresent(address, "town", town);
		putIfPresent(address, "streetNumber", streetNumber);
		putIfPresent(address, "building", blankToNull(input.building()));
		location.put("addresses", List.of(address));
		location.put("accessibility", list(input.accessibility()).stream()
			.filter(text -> !text.isBlank())
			.map(text -> (Object) Map.of("id", newId(), "description", text.strip()))
			.toList());
		return location;
	}

	private static Map<String, Object> schedule(ScheduleInput input) {
		Map<String, Object> schedule = entity();
		schedule.put("freq", "WEEKLY");
		schedule.put("byday", String.join(",", input.byDay()));
		putIfPresent(schedule, "opensAt", input.opensAt());
		putIfPresent(schedule, "closesAt", input.closesAt());
		putIfPresent(schedule, "validFrom", input.validFrom() == null ? null : input.validFrom().toString());
		putIfPresent(schedule, "validTo", input.validTo() == null ? null : input.validTo().toString());
		putIfPresent(schedule, "description", blankToNull(input.description()));
		putIfPresent(schedule, "notes", blankToNull(input.notes()));
		return schedule;
	}

	private static Map<String, Object> costOption(CostOptionInput input) {
		Map<String, Object> option = entity();
		putIfPresent(option, "option", blankToNull(input.option()));
		putIfPresent(option, "amount", input.amount());
		option.put("currency", input.currency() == null ? "JPY" : input.currency());
		putIfPresent(option, "amountDescription", blankToNull(input.amountDescription()));
		return option;
	}

	private static Map<String, Object> language(String code) {
		Map<String, Object> language = entity();
		language.put("code", code);
		String name = java.util.Locale.forLanguageTag(code).getDisplayName(java.util.Locale.JAPANESE);
		putIfPresent(language, "name", name.isBlank() ? null : name);
		return language;
	}

	private static Map<String, Object> entity() {
		Map<String, Object> entity = new LinkedHashMap<>();
		entity.put("id", newId());
		return entity;
	}

	private static String newId() {
		return UUID.randomUUID().toString();
	}

	private static void putIfPresent(Map<String, Object> map, String key, Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static Optional<String> optional(String value) {
		return Optional.ofNullable(value).filter(text -> !text.isBlank());
	}

	private static <T> List<T> list(List<T> values) {
		return values == null ? List.of() : values;
	}

	private record Owner(boolean service, boolean archived) {
	}

	record Municipality(String code, String city, String prefecture, Double latitude, Double longitude) {
	}
}
