// Until the security release nobody held a household's record: the municipal 社協 of its municipality takes it over.
MATCH (h:Household)-[:LIVES_IN]->(:Area)-[:PART_OF*0..3]->(:Area)<-[:SERVES]-(c:Organization {kind: 'COUNCIL', councilLevel: 'MUNICIPAL'})
WHERE NOT EXISTS { (h)-[:RECORD_HELD_BY]->() }
WITH h, min(c.id) AS council
MATCH (c:Organization {id: council})
CREATE (h)-[:RECORD_HELD_BY]->(c);
