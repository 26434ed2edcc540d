// The stored interactions among $ids, in the shape the export writes them, so that an import can tell a record
// already stored as it is (skipped) from a changed one.
UNWIND $ids AS id
MATCH (x:Interaction {id: id})
OPTIONAL MATCH (x)-[:BY]->(p:Person)
OPTIONAL MATCH (x)-[:WITH]->(o:Person)
RETURN x {.*} AS x, p.id AS by, o.id AS with
