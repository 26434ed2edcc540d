// The usable hops (same predicate as usable_ties) from each person in $ids to someone carrying every tag in
// $tags, never $from: the asker's last level of expansion, keeping only the far ends that are targets.
UNWIND $ids AS id
MATCH (p:Person {id: id})-[r:KNOWS|TRUSTS]-(q:Person)
WHERE r.strength >= $minStrength
  AND ($includeWeak OR r.context IS NULL OR r.context <> 'card-exchange')
  AND q.id <> $from
  AND all(tag IN $tags WHERE tag IN q.tags)
RETURN p.id AS a, q.id AS b, type(r) AS type, startNode(r) = p AS outgoing, r.strength AS strength,
       r.context AS context, r.since AS since, r.lastContact AS lastContact
LIMIT $maxRows
