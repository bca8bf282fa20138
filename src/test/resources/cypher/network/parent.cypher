UNWIND $ids AS id MATCH (parent:Network {id: id})
MATCH (parent)-[:SUBCOMMITTEE_OF]->(child:Network)
RETURN id, child AS node, null AS tie
