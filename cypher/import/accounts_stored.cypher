// The stored accounts among $ids, and those holding any of $hashes as tokenHash, with every property: an import
// skips a record stored as it is, and refuses a hash that another account holds (the unique constraint would
// fail the whole batch).
MATCH (a:Account)
WHERE a.id IN $ids OR a.tokenHash IN $hashes
RETURN a {.*} AS a
