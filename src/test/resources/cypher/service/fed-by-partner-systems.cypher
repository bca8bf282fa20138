UNWIND $parentKeys AS parentKey
CALL (parentKey) {
  MATCH (ps:PartnerSystem {code: parentKey})
  MATCH (o:Organization)-[:PROVIDES]->(s:Service)
  WHERE (o.agencyType IN coalesce(ps.agencyTypes, []) OR o.kind IN coalesce(ps.organizationKinds, []))
    AND NOT coalesce(o.archived, false) AND NOT coalesce(s.archived, false)
    AND coalesce(s.status, 'ACTIVE') = 'ACTIVE'
  WITH collect(s) AS matched
  CALL (matched) {
    UNWIND matched AS s
    WITH s WHERE $afterKey IS NULL OR s.name > $afterKey OR (s.name = $afterKey AND s.id > $afterId)
    WITH s ORDER BY s.name, s.id LIMIT $limit
    RETURN collect(s) AS page
  }
  RETURN size(matched) AS total, page
}
RETURN parentKey, total, page
