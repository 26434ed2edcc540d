// The usable hops joining someone in $left to someone in $right (meet in the middle: expands only from $left,
// the smaller side, and keeps the far ends that are in $right). Same usable-hop predicate as usable_ties.
UNWIND $left AS id
MATCH (p:Person {id: id})-[r:KNOWS|TRUSTS]-(q:Person)
WHERE q.id IN $right
  AND r.strength >= $minStrength
  AND ($includeWeak OR r.context IS NULL OR r.context <> 'card-exchange')
RETURN p.id AS a, q.id AS b, type(r) AS type, startNode(r) = p AS outgoing, r.strength AS strength,
       r.context AS context, r.since AS since, r.lastContact AS lastContact
LIMIT $maxRows
