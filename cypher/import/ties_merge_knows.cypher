// Creates or updates a batch of KNOWS ties, rows {from, to, strength, context, since, lastContact, note, createdAt,
// updatedAt, and the stored-only interactionCount, introducedBy, introduction, addedBy}; both people exist (the
// importer checked). KNOWS is symmetric: an existing tie in either direction is updated, a new one is created a→b.
// The stored createdAt survives an update.
UNWIND $rows AS row
MATCH (a:Person {id: row.from}), (b:Person {id: row.to})
MERGE (a)-[r:KNOWS]-(b)
WITH r, row, coalesce(r.createdAt, row.createdAt) AS createdAt
SET r = row {.strength, .context, .since, .lastContact, .note, .updatedAt, .interactionCount, .introducedBy,
    .introduction, .addedBy}
SET r.createdAt = createdAt
