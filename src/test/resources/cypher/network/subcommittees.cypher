UNWIND $ids AS id MATCH (parent:Network {id: id})
MATCH (parent)<-[:SUBCOMMITTEE_OF]-(child:Network)
WHERE NOT child.archived
RETURN id, child AS node, null AS tie ORDER BY child.name, child.id
