package jp.tsunagu.directory;

import java.util.Map;

import jp.tsunagu.graph.CypherTemplate;

/**
 * An organisation's address and phone as one line each (所在地, 電話番号 of the lists and their import), read from and
 * written to its directory entry, which holds them: the address of its first place, its first voice phone. The line
 * is the address as written in Japan, 都道府県, 市区町村, then the rest (兵庫県小野市王子町800-1 うるおい交流館エクラ1階).
 */
public final class MainContact {

	private MainContact() {
	}

	/** Cypher, an expression: the main address of the organisation bound as {@code organization}, as one line. */
	public static String address(String organization) {
		return CypherTemplate.compose("""
				COLLECT {
				  MATCH ({{o}})-[place:HAS_LOCATION]->(:Location)-[held:HAS_ADDRESS]->(address:Address)
				  RETURN coalesce(address.stateProvince, '') + coalesce(address.city, '') + coalesce(address.address1, '')
				         + CASE WHEN address.address2 IS NULL THEN '' ELSE ' ' + address.address2 END AS oneLine
				  ORDER BY place.position, held.position LIMIT 1 }[0]""", Map.of("o", organization));
	}

	/** Cypher, an expression: the main phone number of the organisation bound as {@code organization}. */
	public static String phone(String organization) {
		return CypherTemplate.compose("""
				COLLECT {
				  MATCH ({{o}})-[held:HAS_PHONE]->(phone:Phone) WHERE coalesce(phone.type, 'voice') = 'voice'
				  RETURN phone.number ORDER BY held.position LIMIT 1 }[0]""", Map.of("o", organization));
	}

	/**
	 * Cypher, a subquery: sets the main address of the organisation bound as {@code o} to the line bound as
	 * {@code line} (nothing when null, or when it is the address already). The 都道府県 and 市区町村 come from where the
	 * organisation is (LOCATED_IN), and a line starting with them keeps the rest as its street address; a first place
	 * is made, at the municipality's coordinates, when there is none.
	 */
	public static final String SET_ADDRESS = CypherTemplate.compose("""
			CALL (o, line) {
			  WITH o, trim(line) AS given WHERE given IS NOT NULL AND given <> '' AND given <> coalesce({{current}}, '')
			  WITH o, given, [(o)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..2]->(m:Area) WHERE m:Municipality OR m:Ward | m][0] AS m
			  WITH o, given, m, [(m)-[:PART_OF*1..2]->(p:Prefecture) | p.name][0] AS prefecture,
			       CASE WHEN m:Ward THEN coalesce([(m)-[:PART_OF]->(city:Municipality) | city.name][0], '') + m.name
			            ELSE m.name END AS city
			  WITH o, m, prefecture, city,
			       CASE WHEN prefecture IS NOT NULL AND given STARTS WITH prefecture + city THEN substring(given, size(prefecture + city))
			            WHEN city IS NOT NULL AND given STARTS WITH city THEN substring(given, size(city))
			            ELSE given END AS street
			  OPTIONAL MATCH (o)-[place:HAS_LOCATION]->(:Location)-[held:HAS_ADDRESS]->(existing:Address)
			  WITH o, m, prefecture, city, trim(street) AS street, existing ORDER BY place.position, held.position LIMIT 1
			  CALL (o, m, existing) {
			    WITH o, m, existing WHERE existing IS NULL
			    CREATE (o)-[:HAS_LOCATION {position: 0}]->(location:Location {id: randomUUID(), locationType: 'physical',
			      name: o.name, latitude: m.latitude, longitude: m.longitude, geocoded: m.latitude IS NOT NULL,
			      createdAt: datetime()})
			    CREATE (location)-[:HAS_ADDRESS {position: 0}]->(address:Address {id: randomUUID(), country: 'JP',
			      addressType: 'physical', createdAt: datetime()})
			    RETURN address
			    UNION
			    WITH existing WHERE existing IS NOT NULL
			    RETURN existing AS address
			  }
			  SET address.address1 = street, address.address2 = null, address.town = null, address.streetNumber = null,
			      address.building = null, address.city = city, address.stateProvince = prefecture,
			      address.municipalityCode = m.code, address.updatedAt = datetime()
			}""", Map.of("current", address("o")));

	/**
	 * Cypher, a subquery: sets the main phone of the organisation bound as {@code o} to the number bound as
	 * {@code number} (nothing when null): its first voice phone takes the number, or a first one is made.
	 */
	public static final String SET_PHONE = """
			CALL (o, number) {
			  WITH o, trim(number) AS given WHERE given IS NOT NULL AND given <> ''
			  OPTIONAL MATCH (o)-[held:HAS_PHONE]->(existing:Phone) WHERE coalesce(existing.type, 'voice') = 'voice'
			  WITH o, given, existing, COUNT { (o)-[:HAS_PHONE]->() } AS phones ORDER BY held.position LIMIT 1
			  FOREACH (none IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
			    CREATE (o)-[:HAS_PHONE {position: phones}]->(:Phone {id: randomUUID(), number: given, type: 'voice',
			      description: '代表', createdAt: datetime()}))
			  SET existing.number = given, existing.updatedAt = datetime()
			}""";
}
