UNWIND $ids AS id MATCH (parent:Organization {id: id})
MATCH (parent)-[:OPERATES]->(child:Organization)
WHERE NOT child.archived
RETURN id, child AS node, null AS tie ORDER BY child.name
