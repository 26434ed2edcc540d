// A person's interactions, logged by them or by the other person, newest first (date, then when logged, then
// id) after the cursor key, optionally only those with $with.
MATCH (:Person {id: $person})<-[:BY|WITH]-(x:Interaction)
WITH DISTINCT x
MATCH (p:Person)<-[:BY]-(x)-[:WITH]->(o:Person)
WHERE $with IS NULL OR $with IN [p.id, o.id]
WITH x, p, o, toString(x.at) + '|' + x.createdAt + '|' + x.id AS key
WHERE $after IS NULL OR key < $after
RETURN x {.*} AS x, p {.id, .name} AS by, o {.id, .name} AS with, key
ORDER BY key DESC
LIMIT $limit
