CALL db.index.fulltext.queryNodes('directory_text', $query) YIELD node, score
WHERE NOT coalesce(node.archived, false)
WITH collect({node: node, score: score}) AS hits
CALL (hits) {
  UNWIND hits AS hit
  WITH hit.score AS score ORDER BY score DESC LIMIT $offset + $limit
  RETURN min(score) AS cutoff
}
CALL (hits, cutoff) {
  UNWIND [hit IN hits WHERE hit.score >= cutoff] AS hit
  WITH hit ORDER BY hit.score DESC, hit.node.name, hit.node.id LIMIT $offset + $limit
  RETURN collect(hit) AS best
}
RETURN size(hits) AS total, best[$offset..] AS page
