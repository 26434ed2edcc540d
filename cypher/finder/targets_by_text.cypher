// Every target person for a kind of person, run by tsunagari.intermediaries inside Neo4j: full-text match over
// the person indexes ($query is built by FullTextQuery, never raw user text), carrying every tag in $tags, never
// $from itself.
// Notes decide a match only where the caller may read them (admin: $seesAll, or the adding $account): those
// people come from person_text_with_notes, everyone else from person_text, which has no notes; each person once.
CALL () {
  CALL db.index.fulltext.queryNodes('person_text_with_notes', $query) YIELD node
  WHERE $seesAll OR node.addedBy = $account
  RETURN node AS t
  UNION ALL
  // An admin reads every note, so the index without notes is not asked at all.
  WITH 1 AS once WHERE NOT $seesAll
  CALL db.index.fulltext.queryNodes('person_text', $query) YIELD node
  WHERE coalesce(node.addedBy <> $account, true)
  RETURN node AS t
}
WITH t
WHERE t.id <> $from AND all(tag IN $tags WHERE tag IN t.tags)
RETURN t.id AS id
