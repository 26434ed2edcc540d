// Benchmark only: creates a batch of generated KNOWS ties with the properties the API stores (dates as dates).
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Person {id: row.to})
CREATE (a)-[r:KNOWS]->(b)
SET r.strength = row.strength, r.context = row.context, r.since = date(row.since),
    r.lastContact = date(row.lastContact), r.createdAt = row.createdAt, r.updatedAt = row.createdAt
