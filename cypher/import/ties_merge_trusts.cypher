// Creates or updates a batch of TRUSTS ties, rows {from, to, props}; both people exist (the importer checked).
// TRUSTS is directed: from row.from to row.to.
// The stored createdAt survives an update.
UNWIND $rows AS row
MATCH (a:Person {id: row.from}), (b:Person {id: row.to})
MERGE (a)-[r:TRUSTS]->(b)
WITH r, row, coalesce(r.createdAt, row.props.createdAt) AS createdAt
SET r = row.props
SET r.createdAt = createdAt
