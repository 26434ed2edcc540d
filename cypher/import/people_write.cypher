// Stores a batch of people, each row {id, props, tags} already checked and merged in the importer: the node
// gets exactly row.props (as PUT does) and its HAS_TAG mirror is rebuilt from row.tags.
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p = row.props
WITH p, row
CALL (p) {
  MATCH (p)-[old:HAS_TAG]->(:Tag)
  DELETE old
}
WITH p, row
UNWIND row.tags AS name
MERGE (t:Tag {name: name})
MERGE (p)-[:HAS_TAG]->(t)
