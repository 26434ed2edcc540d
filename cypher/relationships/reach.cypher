// Everyone a person reaches within two usable hops (KNOWS or TRUSTS, either direction, strength at least
// $minStrength, and not card-exchange unless $includeWeak; a tie without context is usable), each with the
// fewest hops and their tags (kinds); the caller groups them by kind.
MATCH (me:Person {id: $id})
CALL (me) {
  MATCH (me)-[r1:KNOWS|TRUSTS]-(n:Person)
  WHERE coalesce(r1.strength, 0.5) >= $minStrength AND ($includeWeak OR coalesce(r1.context, '') <> 'card-exchange')
  RETURN n AS p, 1 AS hops
  UNION ALL
  MATCH (me)-[r1:KNOWS|TRUSTS]-(n:Person)-[r2:KNOWS|TRUSTS]-(m:Person)
  WHERE m <> me
    AND coalesce(r1.strength, 0.5) >= $minStrength AND ($includeWeak OR coalesce(r1.context, '') <> 'card-exchange')
    AND coalesce(r2.strength, 0.5) >= $minStrength AND ($includeWeak OR coalesce(r2.context, '') <> 'card-exchange')
  RETURN m AS p, 2 AS hops
}
WITH p, min(hops) AS hops
RETURN p.id AS id, coalesce(p.tags, []) AS tags, hops
