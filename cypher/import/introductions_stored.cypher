// The stored introductions among $ids, in the shape the export writes them, so that an import can tell a record
// already stored as it is (skipped) from a changed one. Also the id holding each of $keys as idempotencyKey.
UNWIND $ids AS id
MATCH (i:Introduction {id: id})
OPTIONAL MATCH (i)-[:REQUESTER]->(r:Person)
OPTIONAL MATCH (i)-[:TARGET]->(t:Person)
OPTIONAL MATCH (i)-[:VIA]->(v:Person)
CALL (i) {
  OPTIONAL MATCH (i)-[:HAS_EVENT]->(e:Event)
  WITH e ORDER BY e.seq
  RETURN collect(e {.*}) AS events
}
RETURN i {.*} AS i, r.id AS requester, t.id AS target, v.id AS via, events
