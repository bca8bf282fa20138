UNWIND $ids AS id MATCH (parent:Organization {id: id})
MATCH (parent)-[:LOCATED_IN]->(child:Area)
RETURN id, child AS node, null AS tie
