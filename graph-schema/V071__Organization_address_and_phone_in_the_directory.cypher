// V071 An organisation's address and phone live in its directory entry (a place with an address, a voice phone),
// the one source the lists, their import, HSDS and the workbench read. The plain properties address and phone, which
// the organisations import wrote before, move there: the address text becomes a place's address (the 都道府県 and
// 市区町村 from where the organisation is, the rest as its street address), after any place it already has; the
// number becomes a voice phone unless the organisation has that number already. Then the properties are removed, so a
// second run finds nothing to do. Idempotent.
MATCH (o:Organization) WHERE o.address IS NOT NULL
WITH o, trim(o.address) AS line,
     [(o)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..2]->(m:Area) WHERE m:Municipality OR m:Ward | m][0] AS m
WITH o, line, m, [(m)-[:PART_OF*1..2]->(p:Prefecture) | p.name][0] AS prefecture,
     CASE WHEN m:Ward THEN coalesce([(m)-[:PART_OF]->(city:Municipality) | city.name][0], '') + m.name
          ELSE m.name END AS city
WITH o, line, m, prefecture, city,
     trim(CASE WHEN prefecture IS NOT NULL AND line STARTS WITH prefecture + city THEN substring(line, size(prefecture + city))
               WHEN city IS NOT NULL AND line STARTS WITH city THEN substring(line, size(city))
               ELSE line END) AS street
CALL (o, line, m, prefecture, city, street) {
  WITH o, m, prefecture, city, street, COUNT { (o)-[:HAS_LOCATION]->() } AS places WHERE line <> ''
  CREATE (o)-[:HAS_LOCATION {position: places}]->(location:Location {id: randomUUID(), locationType: 'physical',
    name: o.name, latitude: m.latitude, longitude: m.longitude, geocoded: m.latitude IS NOT NULL, createdAt: datetime()})
  CREATE (location)-[:HAS_ADDRESS {position: 0}]->(:Address {id: randomUUID(), address1: street, city: city,
    stateProvince: prefecture, municipalityCode: m.code, country: 'JP', addressType: 'physical', createdAt: datetime()})
}
REMOVE o.address;

MATCH (o:Organization) WHERE o.phone IS NOT NULL
WITH o, trim(o.phone) AS number
CALL (o, number) {
  WITH o, number, COUNT { (o)-[:HAS_PHONE]->() } AS phones
  WHERE number <> '' AND NOT EXISTS { (o)-[:HAS_PHONE]->(:Phone {number: number}) }
  CREATE (o)-[:HAS_PHONE {position: phones}]->(:Phone {id: randomUUID(), number: number, type: 'voice',
    description: '代表', createdAt: datetime()})
}
REMOVE o.phone;
