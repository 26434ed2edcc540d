// Restores interactions as a file holds them: each node's properties replaced by row.props and its two people
// linked as stored. Unlike logging one, this does not touch the ties between the two (lastContact and
// interactionCount stay as they are): it restores state, it does not replay actions.
UNWIND $rows AS row
MATCH (p:Person {id: row.by}), (o:Person {id: row.with})
MERGE (x:Interaction {id: row.id})
SET x = row.props
WITH x, p, o
CALL (x) {
  OPTIONAL MATCH (x)-[old:BY|WITH]->()
  DELETE old
}
CREATE (x)-[:BY]->(p), (x)-[:WITH]->(o)
RETURN count(x) AS written
