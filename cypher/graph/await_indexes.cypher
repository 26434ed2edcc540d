// Blocks until every index is online, so the first search after start-up sees them (seconds).
CALL db.awaitIndexes(300)
