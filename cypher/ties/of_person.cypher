// The ties that touch one person, both directions, in a stable order (from|type|to) after the cursor.
MATCH (p:Person {id: $id})-[r:KNOWS|TRUSTS|FAN_OF]-(:Person)
WITH r, startNode(r).id + '|' + type(r) + '|' + endNode(r).id AS key
WHERE $after IS NULL OR key > $after
RETURN startNode(r).id AS from, endNode(r).id AS to, type(r) AS type, r, key
ORDER BY key
LIMIT $limit
