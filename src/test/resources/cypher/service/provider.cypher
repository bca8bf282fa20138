UNWIND $ids AS id MATCH (parent:Service {id: id})
MATCH (parent)<-[:PROVIDES]-(child:Organization)
RETURN id, child AS node, null AS tie
