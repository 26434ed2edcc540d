// Ties the importing owner to each imported contact (row {id, since}) unless a KNOWS tie already joins them:
// an existing tie was curated by hand and is worth more than what the file says.
UNWIND $rows AS row
MATCH (o:Person {id: $owner}), (p:Person {id: row.id})
MERGE (o)-[r:KNOWS]-(p)
ON CREATE SET r.strength = $strength, r.context = $context, r.since = row.since, r.createdAt = $now,
    r.updatedAt = $now
