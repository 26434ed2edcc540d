// Creates or updates the FAN_OF tie between two existing people; no row when either is missing. A new tie
// remembers the account that added it ($addedBy, null for the bootstrap admin).
// FAN_OF is directed: from $from to $to.
MATCH (a:Person {id: $from}), (b:Person {id: $to})
MERGE (a)-[r:FAN_OF]->(b)
ON CREATE SET r.createdAt = $now, r.addedBy = $addedBy
SET r.strength = $strength, r.context = $context, r.since = $since, r.lastContact = $lastContact,
    r.note = $note, r.updatedAt = $now
RETURN startNode(r).id AS from, endNode(r).id AS to, type(r) AS type, r
