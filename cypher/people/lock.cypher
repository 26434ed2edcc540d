// Reads a person under a write lock, so a read-modify-write (PATCH) cannot lose a concurrent update.
MATCH (p:Person {id: $id})
SET p.updatedAt = p.updatedAt
RETURN p
