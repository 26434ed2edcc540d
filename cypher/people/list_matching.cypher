// People whose text matches a full-text query (built by FullTextQuery, never raw user text), in id order
// after the cursor, optionally only those carrying every tag in $tags.
// Notes decide a match only where the caller may read them (admin: $seesAll, or the adding $account): those
// people come from person_text_with_notes, everyone else from person_text, which has no notes; each person once.
// Private people are left out unless the viewer sees all (admin), added them ($account) or is them ($person),
// here rather than after the query so that every page is full.
CALL () {
  CALL db.index.fulltext.queryNodes('person_text_with_notes', $query) YIELD node
  WHERE $seesAll OR node.addedBy = $account
  RETURN node AS p
  UNION ALL
  // An admin reads every note, so the index without notes is not asked at all.
  WITH 1 AS once WHERE NOT $seesAll
  CALL db.index.fulltext.queryNodes('person_text', $query) YIELD node
  WHERE coalesce(node.addedBy <> $account, true)
  RETURN node AS p
}
WITH p
WHERE ($after IS NULL OR p.id > $after)
  AND all(tag IN $tags WHERE tag IN p.tags)
  AND ($seesAll OR p.visibility IS NULL OR p.addedBy = $account OR p.id = $person)
RETURN p
ORDER BY p.id
LIMIT $limit
