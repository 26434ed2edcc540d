// Restores introductions as a file holds them: each node's properties replaced by row.props, its three people
// and its history rebuilt as stored. No move runs: no tie is connected, no event is added beyond the file's,
// no lastContact moves. The caller has checked that the three people exist.
UNWIND $rows AS row
MATCH (r:Person {id: row.requester}), (t:Person {id: row.target}), (v:Person {id: row.via})
MERGE (i:Introduction {id: row.id})
SET i = row.props
WITH i, r, t, v, row
CALL (i) {
  OPTIONAL MATCH (i)-[old:REQUESTER|TARGET|VIA]->()
  DELETE old
}
CALL (i) {
  OPTIONAL MATCH (i)-[:HAS_EVENT]->(e:Event)
  DETACH DELETE e
}
CREATE (i)-[:REQUESTER]->(r), (i)-[:TARGET]->(t), (i)-[:VIA]->(v)
WITH i, row
CALL (i, row) {
  UNWIND row.events AS event
  CREATE (i)-[:HAS_EVENT]->(e:Event)
  SET e = event
}
RETURN count(i) AS written
