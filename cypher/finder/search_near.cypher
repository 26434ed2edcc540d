// The 脳内検索's matches among the people already placed near the asker ($placed: element ids within reach), and the
// best score of any match but the asker ($from, an element id or null), which relevance is measured against. One
// pass over the matches of a full-text query built by FullTextQuery; only the near ones are sent back.
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
WITH node, score, elementId(node) AS element
WHERE $from IS NULL OR element <> $from
WITH max(score) AS best,
     collect(CASE WHEN element IN $placed THEN {node: element, id: node.id, score: score} END) AS near
RETURN best, near
