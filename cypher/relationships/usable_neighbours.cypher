// The people one usable hop from any of $frontier, leaving out $center (whose absence is being tried): KNOWS or
// TRUSTS in either direction, strength at least $minStrength, not card-exchange unless $includeWeak.
UNWIND $frontier AS id
MATCH (:Person {id: id})-[r:KNOWS|TRUSTS]-(q:Person)
WHERE q.id <> $center
  AND coalesce(r.strength, 0.5) >= $minStrength AND ($includeWeak OR coalesce(r.context, '') <> 'card-exchange')
RETURN DISTINCT q.id AS id
