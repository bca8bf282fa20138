UNWIND $ids AS id MATCH (parent:Organization {id: id})
MATCH (parent)-[tie:MEMBER_OF]->(child:Network)
WHERE NOT child.archived
RETURN id, child AS node, tie AS tie ORDER BY child.name, child.id
