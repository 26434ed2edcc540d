// The 脳内検索's matches that are not near the asker, best score first (then id), after the cursor ($afterScore and
// $afterId, or nulls), one page of $limit. $exclude holds the asker and the near matches, which the answer lists
// first. The sort happens here, so only one page leaves the database however many people match.
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
WHERE NOT elementId(node) IN $exclude
WITH node, score, node.id AS id
WHERE $afterScore IS NULL OR score < $afterScore OR (score = $afterScore AND id > $afterId)
RETURN elementId(node) AS node, id, score
ORDER BY score DESC, id
LIMIT $limit
