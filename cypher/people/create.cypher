// Creates a person only when the id is new (POST); an existing person is returned untouched and the caller,
// seeing nodesCreated = 0, answers 409. $addedBy is the creating account's id (null for the bootstrap admin).
MERGE (p:Person {id: $id})
ON CREATE SET p += $props, p.addedBy = $addedBy, p.createdAt = $now, p.updatedAt = $now
RETURN p
