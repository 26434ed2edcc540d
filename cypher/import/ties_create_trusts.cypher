// Creates a batch of new TRUSTS ties, rows {from, to, props}. Only for ties the importer knows are new (one end
// is a person this import created, and the tie is not repeated in the file): CREATE skips MERGE's look-up.
UNWIND $rows AS row
MATCH (a:Person {id: row.from}), (b:Person {id: row.to})
CREATE (a)-[r:TRUSTS]->(b)
SET r = row.props
