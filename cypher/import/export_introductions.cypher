// A page of introductions in id order after $after (null: from the first), with every stored property, the ids
// of their three people and their whole history in seq order: what the JSON export writes, one record each.
MATCH (i:Introduction)
WHERE $after IS NULL OR i.id > $after
WITH i
ORDER BY i.id
LIMIT $limit
OPTIONAL MATCH (i)-[:REQUESTER]->(r:Person)
OPTIONAL MATCH (i)-[:TARGET]->(t:Person)
OPTIONAL MATCH (i)-[:VIA]->(v:Person)
CALL (i) {
  OPTIONAL MATCH (i)-[:HAS_EVENT]->(e:Event)
  WITH e ORDER BY e.seq
  RETURN collect(e {.*}) AS events
}
RETURN i {.*} AS i, r.id AS requester, t.id AS target, v.id AS via, events
ORDER BY i.id
