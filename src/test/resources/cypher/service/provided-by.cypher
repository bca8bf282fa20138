UNWIND $ids AS id MATCH (parent:Organization {id: id})
MATCH (parent)-[:PROVIDES]->(child:Service)
WHERE NOT coalesce(child.archived, false)
RETURN id, child AS node, null AS tie ORDER BY child.name, child.id
