// Creates a proposed introduction linked to its three people, with the first event of its history. The caller
// has checked, in the same transaction, the people, via's ties to both sides and via's open asks.
MATCH (r:Person {id: $requester}), (t:Person {id: $target}), (v:Person {id: $via})
CREATE (i:Introduction {id: $id, status: 'proposed', mode: $mode, message: $message, idempotencyKey: $key,
                        createdAt: $now, updatedAt: $now, expiresAt: $expiresAt})
CREATE (i)-[:REQUESTER]->(r), (i)-[:TARGET]->(t), (i)-[:VIA]->(v)
CREATE (i)-[:HAS_EVENT]->(:Event {seq: 1, status: 'proposed', action: 'create', at: $now, by: $by})
RETURN i.id AS id
