// Creates a batch of people the importer found absent, rows {id, props, tags}, with their HAS_TAG mirror.
// CREATE instead of MERGE spares a look-up per person; a concurrent create of the same id breaks the unique
// constraint, and the importer then stores that batch person by person.
UNWIND $rows AS row
CREATE (p:Person)
SET p = row.props
WITH p, row
UNWIND row.tags AS name
MERGE (t:Tag {name: name})
CREATE (p)-[:HAS_TAG]->(t)
