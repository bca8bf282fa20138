UNWIND $ids AS id MATCH (parent:Network {id: id})
MATCH (parent)-[:COVERS]->(child:Area)
RETURN id, child AS node, null AS tie ORDER BY child.code
