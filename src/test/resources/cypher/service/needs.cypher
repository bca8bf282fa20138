UNWIND $ids AS id MATCH (parent:Service {id: id})
MATCH (parent)-[:ADDRESSES]->(child:Need)
RETURN id, child AS node, null AS tie ORDER BY child.code
