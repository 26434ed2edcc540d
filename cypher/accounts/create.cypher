// Creates an account with the hash of its new token (never the token); MERGE on the generated id, so a retried
// transaction cannot make two.
MERGE (a:Account {id: $id})
ON CREATE SET a.name = $name, a.role = $role, a.person = $person, a.tokenHash = $hash,
    a.createdAt = $now, a.updatedAt = $now
RETURN a
