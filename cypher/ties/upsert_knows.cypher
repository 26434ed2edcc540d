// Creates or updates the KNOWS tie between two existing people; no row when either is missing. A new tie
// remembers the account that added it ($addedBy, null for the bootstrap admin).
// KNOWS is symmetric: a tie between a and b is found in either direction, and created as a→b when new.
MATCH (a:Person {id: $from}), (b:Person {id: $to})
MERGE (a)-[r:KNOWS]-(b)
ON CREATE SET r.createdAt = $now, r.addedBy = $addedBy
SET r.strength = $strength, r.context = $context, r.since = $since, r.lastContact = $lastContact,
    r.note = $note, r.updatedAt = $now
RETURN startNode(r).id AS from, endNode(r).id AS to, type(r) AS type, r
