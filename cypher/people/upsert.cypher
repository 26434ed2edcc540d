// Creates or replaces one person, keyed by id. $props holds every field the client set, so fields it left out
// are removed; createdAt and addedBy (the account that added them, $addedBy when new) survive a replace.
// The caller reads nodesCreated to answer 201 or 200.
MERGE (p:Person {id: $id})
ON CREATE SET p.createdAt = $now, p.addedBy = $addedBy
WITH p, p.createdAt AS createdAt, p.addedBy AS addedBy
SET p = $props
SET p.id = $id, p.createdAt = createdAt, p.updatedAt = $now, p.addedBy = addedBy
RETURN p
