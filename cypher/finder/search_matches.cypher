// The people matching a kind ($query, built by FullTextQuery, never raw user text) with the full-text index's
// score, run inside Neo4j by tsunagari.search and tsunagari.connectors; the node itself, which the tie index knows
// by its node id, so no property is read per match.
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
RETURN node, score
