// The 脳内検索's last level when the frontier is large: the people matching $query, not placed yet ($placed, the
// asker included), who are one usable hop from someone in $frontier, with those someones. It expands from the
// matches instead of from a frontier of thousands.
// Notes decide a match only where the caller may read them (admin: $seesAll, or the adding $account): those
// people come from person_text_with_notes, everyone else from person_text, which has no notes; each person once.
CALL () {
  CALL db.index.fulltext.queryNodes('person_text_with_notes', $query) YIELD node, score
  WHERE $seesAll OR node.addedBy = $account
  RETURN node, score
  UNION ALL
  // An admin reads every note, so the index without notes is not asked at all.
  WITH 1 AS once WHERE NOT $seesAll
  CALL db.index.fulltext.queryNodes('person_text', $query) YIELD node, score
  WHERE coalesce(node.addedBy <> $account, true)
  RETURN node, score
}
WITH node, score
WHERE NOT elementId(node) IN $placed
MATCH (node)-[r:KNOWS|TRUSTS]-(w)
WHERE r.strength >= $minStrength
  AND ($includeWeak OR r.context IS NULL OR r.context <> 'card-exchange')
  AND elementId(w) IN $frontier
RETURN elementId(node) AS node, node.id AS id, score, collect(DISTINCT elementId(w)) AS parents
