// Records one interaction of $by with $with on the date $at. The caller has checked that the id is new; the
// unique constraint turns a concurrent create of the same id into an error rather than a second node.
MATCH (p:Person {id: $by}), (o:Person {id: $with})
CREATE (x:Interaction {id: $id, at: $at, kind: $kind, note: $note, createdAt: $now})
CREATE (x)-[:BY]->(p), (x)-[:WITH]->(o)
RETURN x.id AS id
