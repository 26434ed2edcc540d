// An open introduction already asking for $requester to meet $target, if any: the same ask is not sent twice
// while one is pending.
MATCH (:Person {id: $requester})<-[:REQUESTER]-(i:Introduction)-[:TARGET]->(:Person {id: $target})
WHERE i.status IN ['proposed', 'asked', 'accepted'] AND i.expiresAt > $now
RETURN i.id AS id
LIMIT 1
