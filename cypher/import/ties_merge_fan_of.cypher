// Creates or updates a batch of FAN_OF ties, rows {from, to, props}; both people exist (the importer checked).
// FAN_OF is directed: from row.from to row.to.
// The stored createdAt survives an update.
UNWIND $rows AS row
MATCH (a:Person {id: row.from}), (b:Person {id: row.to})
MERGE (a)-[r:FAN_OF]->(b)
WITH r, row, coalesce(r.createdAt, row.props.createdAt) AS createdAt
SET r = row.props
SET r.createdAt = createdAt
