UNWIND $ids AS id MATCH (parent:Network {id: id})
MATCH (parent)<-[tie:MEMBER_OF]-(child:Organization|Person)
WHERE NOT coalesce(child.archived, false)
RETURN id, child AS node, tie AS tie ORDER BY child.name, child.id
