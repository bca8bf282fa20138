UNWIND $ids AS id MATCH (parent:Service {id: id})
MATCH (parent)-[:AVAILABLE_IN]->(child:Area)
RETURN id, child AS node, null AS tie ORDER BY child.code
