UNWIND $ids AS id MATCH (parent:Organization {id: id})
MATCH (parent)-[tie:COLLABORATES_WITH]-(child:Organization)
RETURN id, child AS node, tie AS tie ORDER BY child.name
