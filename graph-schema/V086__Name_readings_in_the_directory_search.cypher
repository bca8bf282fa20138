// The directory search finds a name by how it reads as well (こども食堂, 子ども食堂, 子供食堂 all read こどもしょくどう):
// the hub keeps the reading of each name and description in nameReading and descriptionReading
// (jp.tsunagu.naming.NameReadings) and the index holds them beside the name, its kana and the description.
DROP INDEX directory_text IF EXISTS;
CREATE FULLTEXT INDEX directory_text IF NOT EXISTS
FOR (n:Organization|Service|Network|Activity) ON EACH [n.name, n.nameKana, n.description, n.nameReading, n.descriptionReading]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
