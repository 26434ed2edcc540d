// A person's interactions, logged by them or by the other person, newest first (date, then when logged, then
// id) after the cursor key, optionally only those with $with. Interactions with someone the viewer may not see
// ($seesAll, $account, $person: see people/list) are left out here, so that every page is full.
MATCH (:Person {id: $id})<-[:BY|WITH]-(x:Interaction)
WITH DISTINCT x
MATCH (p:Person)<-[:BY]-(x)-[:WITH]->(o:Person)
WHERE ($with IS NULL OR $with IN [p.id, o.id])
  AND all(n IN [p, o] WHERE ($seesAll OR n.visibility IS NULL OR n.addedBy = $account OR n.id = $person))
WITH x, p, o, toString(x.at) + '|' + x.createdAt + '|' + x.id AS key
WHERE $after IS NULL OR key < $after
RETURN x {.*} AS x, p {.id, .name} AS by, o {.id, .name} AS with, key
ORDER BY key DESC
LIMIT $limit
