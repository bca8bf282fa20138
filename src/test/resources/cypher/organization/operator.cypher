UNWIND $ids AS id MATCH (parent:Organization {id: id})
MATCH (parent)<-[:OPERATES]-(child:Organization)
RETURN id, child AS node, null AS tie
