// Who reaches the most people carrying the tag $tag within two usable hops, and through how many independent
// routes: the distinct people next to the connector through whom (or in whom) they reach the kind. Usable:
// KNOWS or TRUSTS, strength at least $minStrength, not card-exchange unless $includeWeak.
MATCH (t:Person)-[:HAS_TAG]->(:Tag {name: $tag})
CALL (t) {
  MATCH (t)-[r:KNOWS|TRUSTS]-(c:Person)
  WHERE coalesce(r.strength, 0.5) >= $minStrength AND ($includeWeak OR coalesce(r.context, '') <> 'card-exchange')
  RETURN c, t AS route
  UNION
  MATCH (t)-[r1:KNOWS|TRUSTS]-(n:Person)-[r2:KNOWS|TRUSTS]-(c:Person)
  WHERE c <> t
    AND coalesce(r1.strength, 0.5) >= $minStrength AND ($includeWeak OR coalesce(r1.context, '') <> 'card-exchange')
    AND coalesce(r2.strength, 0.5) >= $minStrength AND ($includeWeak OR coalesce(r2.context, '') <> 'card-exchange')
  RETURN c, n AS route
}
WITH c, count(DISTINCT t) AS reaches, count(DISTINCT route) AS routes, collect(DISTINCT t.id) AS targets
RETURN c {.id, .name} AS person, reaches, routes, targets[..5] AS sample
ORDER BY reaches DESC, routes DESC, person.id
SKIP $skip
LIMIT $limit
