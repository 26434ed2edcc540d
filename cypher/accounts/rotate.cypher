// Gives an account the hash of a new token; the old token matches nothing from this commit on.
MATCH (a:Account {id: $id})
SET a.tokenHash = $hash, a.updatedAt = $now
RETURN a
