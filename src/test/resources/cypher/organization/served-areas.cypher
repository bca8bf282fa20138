UNWIND $ids AS id MATCH (parent:Organization {id: id})
MATCH (parent)-[:SERVES]->(child:Area)
RETURN id, child AS node, null AS tie ORDER BY child.code
