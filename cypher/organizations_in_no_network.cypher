// Organisations in no network (どのネットワークにも参加していない組織) of a municipality, e.g. corporations not in
// the 連絡会.
// Purpose: the non-archived organisations located in the municipality or one of its districts that are a member of
//          no non-archived, active network, by kind: whom the 社協 could still invite. A facility belongs to the
//          networks of the corporation that operates it; a network only planned (PLANNED) or ENDED counts for no
//          one. Optionally only one kind.
// Parameters: $municipality — the municipality's local government code, e.g. "272051" (吹田市);
//             $kind — an organisation kind (COUNCIL, SOCIAL_WELFARE_CORPORATION, FACILITY, NPO, COMPANY,
//             GOVERNMENT_OFFICE, SUPPORT_AGENCY, RESIDENT_GROUP), or "" for every kind.
// Example: {"municipality": "272051", "kind": "SOCIAL_WELFARE_CORPORATION"}
// Columns: kind, name, location
MATCH (m:Municipality {code: $municipality})
MATCH (o:Organization)-[:LOCATED_IN]->(a:Area)-[:PART_OF*0..2]->(m)
WHERE NOT coalesce(o.archived, false) AND ($kind = '' OR o.kind = $kind)
  AND NOT EXISTS {
        MATCH (o)<-[:OPERATES*0..1]-(member:Organization)-[:MEMBER_OF]->(n:Network)
        WHERE NOT coalesce(n.archived, false) AND coalesce(n.status, 'ACTIVE') = 'ACTIVE'
          AND NOT coalesce(member.archived, false) }
RETURN DISTINCT o.kind AS kind, o.name AS name, a.name AS location
ORDER BY kind, name
