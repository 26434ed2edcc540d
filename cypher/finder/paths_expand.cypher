// One level of a breadth-first search over usable hops: for each person in $frontier (element ids), everyone one
// usable hop away (a KNOWS or TRUSTS tie in either direction with strength >= $minStrength and, unless
// $includeWeak, a context other than card-exchange). One row per frontier person, so a level is one round trip.
// The far end needs no label check: ties only ever join people.
UNWIND $frontier AS node
MATCH (u:Person)
WHERE elementId(u) = node
MATCH (u)-[r:KNOWS|TRUSTS]-(v)
WHERE r.strength >= $minStrength
  AND ($includeWeak OR r.context IS NULL OR r.context <> 'card-exchange')
RETURN node, collect(DISTINCT elementId(v)) AS neighbours
