// Creates or updates a batch of KNOWS ties, rows {from, to, props}; both people exist (the importer checked).
// KNOWS is symmetric: an existing tie in either direction is updated, a new one is created a→b.
// The stored createdAt survives an update.
UNWIND $rows AS row
MATCH (a:Person {id: row.from}), (b:Person {id: row.to})
MERGE (a)-[r:KNOWS]-(b)
WITH r, row, coalesce(r.createdAt, row.props.createdAt) AS createdAt
SET r = row.props
SET r.createdAt = createdAt
