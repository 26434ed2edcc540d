// Moves an introduction to a new status and appends the move to its history. The caller holds the lock and has
// checked that the move is legal; $changes holds the fields this move sets (null removes, e.g. expiresAt).
MATCH (i:Introduction {id: $id})
SET i += $changes, i.status = $status, i.updatedAt = $now
WITH i
CALL (i) {
  OPTIONAL MATCH (i)-[:HAS_EVENT]->(e:Event)
  RETURN count(e) AS events
}
CREATE (i)-[:HAS_EVENT]->(:Event {seq: events + 1, status: $status, action: $action, from: $from, at: $now,
                                  by: $by, note: $note})
RETURN i.id AS id
