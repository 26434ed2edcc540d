// The stored tie of type $type from $from to $to (KNOWS in either direction, since it is symmetric) and the
// account that added it, read under a write lock so the check and the change that follows see the same tie.
// No row when there is no such tie.
MATCH (a:Person {id: $from})-[r:KNOWS|TRUSTS|FAN_OF]-(b:Person {id: $to})
WHERE type(r) = $type AND (type(r) = 'KNOWS' OR startNode(r) = a)
SET r.updatedAt = r.updatedAt
RETURN r.addedBy AS addedBy
LIMIT 1
