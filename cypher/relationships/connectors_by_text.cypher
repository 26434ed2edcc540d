// Who reaches the most people of a kind (full text, built by FullTextQuery) within two usable hops, and through
// how many independent routes: the distinct people next to the connector through whom (or in whom) they reach
// the kind. Usable: KNOWS or TRUSTS, strength at least $minStrength, not card-exchange unless $includeWeak. Each
// person next to a target is expanded once with the targets it is next to (near), which keeps the rows few.
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
WITH collect(t) AS targets
CALL (targets) {
  UNWIND targets AS t
  MATCH (t)-[r1:KNOWS|TRUSTS]-(n:Person)
  WHERE coalesce(r1.strength, 0.5) >= $minStrength AND ($includeWeak OR coalesce(r1.context, '') <> 'card-exchange')
  WITH n, collect(DISTINCT t) AS near
  MATCH (n)-[r2:KNOWS|TRUSTS]-(c:Person)
  WHERE coalesce(r2.strength, 0.5) >= $minStrength AND ($includeWeak OR coalesce(r2.context, '') <> 'card-exchange')
  RETURN c, n AS route, near
  UNION ALL
  UNWIND targets AS t
  MATCH (t)-[r:KNOWS|TRUSTS]-(c:Person)
  WHERE coalesce(r.strength, 0.5) >= $minStrength AND ($includeWeak OR coalesce(r.context, '') <> 'card-exchange')
  RETURN c, t AS route, [t] AS near
}
WITH c, route, [t IN near WHERE t <> c] AS reached
WHERE size(reached) > 0
UNWIND reached AS t
WITH c, count(DISTINCT route) AS routes, collect(DISTINCT t.id) AS targets
RETURN c {.id, .name} AS person, size(targets) AS reaches, routes, targets[..5] AS sample
ORDER BY reaches DESC, routes DESC, person.id
SKIP $skip
LIMIT $limit
