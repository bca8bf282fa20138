package jp.tsunagu.directory;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** How a service or an organisation is reached, read from its stored tree ({@link DirectoryQueries}). */
record DirectoryEntry(String email, String url, List<Phone> phones, List<Location> locations, List<Schedule> schedules,
		List<CostOption> costOptions, String feesDescription, List<Language> languages, String applicationProcess,
		List<String> requiredDocuments, boolean generated) {

	record Phone(String id, String number, Integer extension, String type, String description) {
	}

	record Location(String id, String name, String description, String postalCode, String prefecture,
			String municipality, String municipalityCode, String town, String streetNumber, String streetAddress,
			String building, Double latitude, Double longitude, boolean geocoded, List<String> accessibility, String transportation) {
	}

	record Schedule(String id, List<String> byDay, String opensAt, String closesAt, LocalDate validFrom,
			LocalDate validTo, String description, String notes) {
	}

	record CostOption(String id, String option, Double amount, String currency, String amountDescription) {
	}

	record Language(String code, String name) {
	}

	static DirectoryEntry from(HsdsEntity root, Map<String, Object> tree) {
		List<Map<String, Object>> locations = root == HsdsEntity.SERVICE
				? children(tree, "service_at_locations").stream()
					.map(at -> at.get("location"))
					.filter(Map.class::isInstance)
					.map(location -> HsdsTrees.cast((Map<?, ?>) location))
					.toList()
				: children(tree, "locations");
		return new DirectoryEntry(text(tree, "email"), text(tree, root == HsdsEntity.SERVICE ? "url" : "website"),
				children(tree, "phones").stream().map(DirectoryEntry::phone).toList(),
				locations.stream().map(DirectoryEntry::location).toList(),
				children(tree, "schedules").stream().map(DirectoryEntry::schedule).toList(),
				children(tree, "cost_options").stream().map(DirectoryEntry::costOption).toList(),
				text(tree, "feesDescription"),
				children(tree, "languages").stream()
					.map(language -> new Language(text(language, "code"), text(language, "name")))
					.toList(),
				text(tree, "applicationProcess"),
				children(tree, "required_documents").stream().map(document -> text(document, "document")).toList(),
				Boolean.TRUE.equals(tree.get("directoryGenerated")));
	}

	private static Phone phone(Map<String, Object> phone) {
		Object extension = phone.get("extension");
		return new Phone(text(phone, "id"), text(phone, "number"),
				extension instanceof Number number ? number.intValue() : null, text(phone, "type"),
				text(phone, "description"));
	}

	private static Location location(Map<String, Object> location) {
		Map<String, Object> address = children(location, "addresses").stream().findFirst().orElse(Map.of());
		return new Location(text(location, "id"), text(location, "name"), text(location, "description"),
				text(address, "postalCode"), text(address, "stateProvince"), text(address, "city"),
				text(address, "municipalityCode"), text(address, "town"), text(address, "streetNumber"),
				text(address, "address1"), text(address, "building"), decimal(location, "latitude"), decimal(location, "longitude"),
				Boolean.TRUE.equals(location.get("geocoded")),
				children(location, "accessibility").stream().map(entry -> text(entry, "description")).toList(),
				text(location, "transportation"));
	}

	private static Schedule schedule(Map<String, Object> schedule) {
		String byDay = text(schedule, "byday");
		return new Schedule(text(schedule, "id"), byDay == null ? List.of() : Arrays.asList(byDay.split(",")),
				text(schedule, "opensAt"), text(schedule, "closesAt"), date(schedule, "validFrom"),
				date(schedule, "validTo"), text(schedule, "description"), text(schedule, "notes"));
	}

	private static CostOption costOption(Map<String, Object> option) {
		return new CostOption(text(option, "id"), text(option, "option"), decimal(option, "amount"),
				text(option, "currency"), text(option, "amountDescription"));
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> children(Map<String, Object> tree, String key) {
		return tree.get(key) instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
	}

	private static String text(Map<String, Object> map, String key) {
		Object value = map.get(key);
		return value == null ? null : value.toString();
	}

	private static Double decimal(Map<String, Object> map, String key) {
		return map.get(key) instanceof Number number ? number.doubleValue() : null;
	}

	private static LocalDate date(Map<String, Object> map, String key) {
		String text = text(map, key);
		try {
			return text == null ? null : LocalDate.parse(text);
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}
}
