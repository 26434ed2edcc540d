// Creates or updates a batch of FAN_OF ties, rows {from, to, strength, context, since, lastContact, note, createdAt,
// updatedAt, and the stored-only interactionCount, introducedBy, introduction, addedBy}; both people exist (the
// importer checked). FAN_OF is directed: from row.from to row.to.
// The stored createdAt survives an update.
UNWIND $rows AS row
MATCH (a:Person {id: row.from}), (b:Person {id: row.to})
MERGE (a)-[r:FAN_OF]->(b)
WITH r, row, coalesce(r.createdAt, row.createdAt) AS createdAt
SET r = row {.strength, .context, .since, .lastContact, .note, .updatedAt, .interactionCount, .introducedBy,
    .introduction, .addedBy}
SET r.createdAt = createdAt
