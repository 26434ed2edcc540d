// Creates a batch of new KNOWS ties, rows as in ties_merge_knows. Only for ties the importer knows are new (one end is
// a person this import created, and the tie is not repeated in the file): CREATE skips MERGE's look-up, and
// naming each property (rather than SET r = map) spares the planner an Eager that would buffer the batch.
UNWIND $rows AS row
MATCH (a:Person {id: row.from}), (b:Person {id: row.to})
CREATE (a)-[:KNOWS {strength: row.strength, context: row.context, since: row.since, lastContact: row.lastContact,
    note: row.note, createdAt: row.createdAt, updatedAt: row.updatedAt, interactionCount: row.interactionCount,
    introducedBy: row.introducedBy, introduction: row.introduction, addedBy: row.addedBy}]->(b)
