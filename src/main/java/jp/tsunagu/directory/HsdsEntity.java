package jp.tsunagu.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The HSDS 3.0 entities the directory holds, each as a node label found by its {@code id}, tied to the entity it
 * belongs to by its own relationship type (ordered by {@code position}). Their scalar fields are stored under the
 * camel-case of the HSDS name ({@code address_1} as {@code address1}); the two roots, Service and Organization, are
 * the hub's own nodes.
 */
enum HsdsEntity {

	SERVICE("service", "services.csv", "Service", null, List.of("name", "alternate_name", "description", "url", "email",
			"status", "interpretation_services", "application_process", "fees_description", "wait_time", "fees",
			"accreditations", "eligibility_description", "minimum_age", "maximum_age", "assured_date", "assurer_email",
			"licenses", "alert", "last_modified"), Set.of("minimum_age", "maximum_age"), List.of("organization_id")),
	ORGANIZATION("organization", "organizations.csv", "Organization", null, List.of("name", "alternate_name",
			"description", "email", "website", "tax_status", "tax_id", "year_incorporated", "legal_status", "logo", "uri",
			"parent_organization_id"), Set.of("year_incorporated"), List.of()),
	SERVICE_AT_LOCATION("service_at_location", "service_at_location.csv", "ServiceAtLocation", "HAS_SERVICE_AT_LOCATION",
			List.of("description"), Set.of(), List.of("service_id", "location_id")),
	LOCATION("location", "locations.csv", "Location", "HAS_LOCATION", List.of("location_type", "url", "name",
			"alternate_name", "description", "transportation", "latitude", "longitude", "external_identifier",
			"external_identifier_type"), Set.of("latitude", "longitude"), List.of("organization_id")),
	ADDRESS("address", "addresses.csv", "Address", "HAS_ADDRESS", List.of("attention", "address_1", "address_2", "city",
			"region", "state_province", "postal_code", "country", "address_type"), Set.of(), List.of("location_id")),
	PHONE("phone", "phones.csv", "Phone", "HAS_PHONE", List.of("number", "extension", "type", "description"),
			Set.of("extension"), List.of("location_id", "service_id", "organization_id", "contact_id",
					"service_at_location_id")),
	SCHEDULE("schedule", "schedules.csv", "Schedule", "HAS_SCHEDULE", List.of("valid_from", "valid_to", "dtstart",
			"timezone", "until", "count", "wkst", "freq", "interval", "byday", "byweekno", "bymonthday", "byyearday",
			"description", "opens_at", "closes_at", "schedule_link", "attending_type", "notes"),
			Set.of("timezone", "count", "interval"), List.of("service_id", "location_id", "service_at_location_id")),
	CONTACT("contact", "contacts.csv", "DirectoryContact", "HAS_CONTACT", List.of("name", "title", "department", "email"),
			Set.of(), List.of("organization_id", "service_id", "service_at_location_id", "location_id")),
	LANGUAGE("language", "languages.csv", "Language", "HAS_LANGUAGE", List.of("name", "code", "note"), Set.of(),
			List.of("service_id", "location_id", "phone_id")),
	ACCESSIBILITY("accessibility", "accessibility.csv", "Accessibility", "HAS_ACCESSIBILITY",
			List.of("description", "details", "url"), Set.of(), List.of("location_id")),
	COST_OPTION("cost_option", "cost_options.csv", "CostOption", "HAS_COST_OPTION", List.of("valid_from", "valid_to",
			"option", "currency", "amount", "amount_description"), Set.of("amount"), List.of("service_id")),
	REQUIRED_DOCUMENT("required_document", "required_documents.csv", "RequiredDocument", "HAS_REQUIRED_DOCUMENT",
			List.of("document", "uri"), Set.of(), List.of("service_id")),
	SERVICE_AREA("service_area", "service_areas.csv", "ServiceArea", "HAS_SERVICE_AREA", List.of("name", "description",
			"extent", "extent_type", "uri"), Set.of(), List.of("service_id", "service_at_location_id")),
	ORGANIZATION_IDENTIFIER("organization_identifier", "organization_identifiers.csv", "OrganizationIdentifier",
			"HAS_IDENTIFIER", List.of("identifier_scheme", "identifier_type", "identifier"), Set.of(),
			List.of("organization_id")),
	ATTRIBUTE("attribute", "attributes.csv", "Attribute", "HAS_ATTRIBUTE", List.of("link_type", "link_entity", "value"),
			Set.of(), List.of("link_id", "taxonomy_term_id")),
	TAXONOMY_TERM("taxonomy_term", "taxonomy_terms.csv", "TaxonomyTerm", "HAS_TERM", List.of("code", "name",
			"description", "parent_id", "taxonomy", "language", "taxonomy_id", "term_uri"), Set.of(), List.of());

	/** The relationship types from an entity to those it holds: the whole tree below a root. */
	static final String TREE = "HAS_SERVICE_AT_LOCATION|HAS_LOCATION|HAS_ADDRESS|HAS_PHONE|HAS_SCHEDULE|HAS_CONTACT"
			+ "|HAS_LANGUAGE|HAS_ACCESSIBILITY|HAS_COST_OPTION|HAS_REQUIRED_DOCUMENT|HAS_SERVICE_AREA|HAS_IDENTIFIER"
			+ "|HAS_ATTRIBUTE|HAS_TERM";

	final String table;

	final String csv;

	final String label;

	final String relationship;

	/** Scalar fields in HSDS's order, by their HSDS names. */
	final List<String> fields;

	final Set<String> numbers;

	/** The foreign-key columns of its table in the tabular data package. */
	final List<String> foreignKeys;

	HsdsEntity(String table, String csv, String label, String relationship, List<String> fields, Set<String> numbers,
			List<String> foreignKeys) {
		this.table = table;
		this.csv = csv;
		this.label = label;
		this.relationship = relationship;
		this.fields = fields;
		this.numbers = numbers;
		this.foreignKeys = foreignKeys;
	}

	/** The entities this one holds, by the key of their list (or single object) in the API profile's JSON. */
	Map<String, Child> children() {
		Map<String, Child> children = new LinkedHashMap<>();
		switch (this) {
			case SERVICE -> {
				children.put("phones", new Child(PHONE, false));
				children.put("schedules", new Child(SCHEDULE, false));
				children.put("service_areas", new Child(SERVICE_AREA, false));
				children.put("service_at_locations", new Child(SERVICE_AT_LOCATION, false));
				children.put("languages", new Child(LANGUAGE, false));
				children.put("cost_options", new Child(COST_OPTION, false));
				children.put("required_documents", new Child(REQUIRED_DOCUMENT, false));
				children.put("contacts", new Child(CONTACT, false));
				children.put("attributes", new Child(ATTRIBUTE, false));
			}
			case ORGANIZATION -> {
				children.put("contacts", new Child(CONTACT, false));
				children.put("phones", new Child(PHONE, false));
				children.put("locations", new Child(LOCATION, false));
				children.put("organization_identifiers", new Child(ORGANIZATION_IDENTIFIER, false));
				children.put("attributes", new Child(ATTRIBUTE, false));
			}
			case SERVICE_AT_LOCATION -> {
				children.put("contacts", new Child(CONTACT, false));
				children.put("phones", new Child(PHONE, false));
				children.put("schedules", new Child(SCHEDULE, false));
				children.put("location", new Child(LOCATION, true));
			}
			case LOCATION -> {
				children.put("languages", new Child(LANGUAGE, false));
				children.put("addresses", new Child(ADDRESS, false));
				children.put("contacts", new Child(CONTACT, false));
				children.put("accessibility", new Child(ACCESSIBILITY, false));
				children.put("phones", new Child(PHONE, false));
				children.put("schedules", new Child(SCHEDULE, false));
			}
			case CONTACT -> children.put("phones", new Child(PHONE, false));
			case PHONE -> children.put("languages", new Child(LANGUAGE, false));
			case ATTRIBUTE -> children.put("taxonomy_term", new Child(TAXONOMY_TERM, true));
			default -> {
			}
		}
		return children;
	}

	/** The key under which this entity holds entities of {@code child}. */
	Optional<Map.Entry<String, Child>> keyOf(HsdsEntity child) {
		return children().entrySet().stream().filter(entry -> entry.getValue().entity() == child).findFirst();
	}

	static Optional<HsdsEntity> byRelationship(String type) {
		for (HsdsEntity entity : values()) {
			if (type.equals(entity.relationship)) {
				return Optional.of(entity);
			}
		}
		return Optional.empty();
	}

	/** {@code address_1} → {@code address1}, {@code opens_at} → {@code opensAt}. */
	static String property(String field) {
		StringBuilder camel = new StringBuilder();
		boolean upper = false;
		for (char c : field.toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				camel.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return camel.toString();
	}

	record Child(HsdsEntity entity, boolean single) {
	}
}
