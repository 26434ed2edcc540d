// Introductions by id, in the order of $ids, each with its three people and its history in order. Status is as
// stored; the caller derives expiry from expiresAt, and what the viewer may see.
UNWIND range(0, size($ids) - 1) AS position
MATCH (i:Introduction {id: $ids[position]})
MATCH (i)-[:REQUESTER]->(r:Person), (i)-[:TARGET]->(t:Person), (i)-[:VIA]->(v:Person)
CALL (i) {
  OPTIONAL MATCH (i)-[:HAS_EVENT]->(e:Event)
  WITH e ORDER BY e.seq
  RETURN collect(e {.*}) AS events
}
RETURN i {.*} AS i, r {.id, .name} AS requester, t {.id, .name} AS target, v {.id, .name} AS via, events
ORDER BY position
