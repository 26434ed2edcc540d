// Introductions naming $person, newest first after the cursor key, keeping those $viewer takes part in (all of
// them when $viewer is null), filtered on the status the viewer is shown: an open one past expiresAt reads as
// expired, and a declined one reads as closed to its requester (the rule of Viewer, mirrored for filtering).
// Introductions naming someone the caller may not see ($seesAll, $account, $person: see people/list) are left out.
MATCH (:Person {id: $named})<-[:REQUESTER|TARGET|VIA]-(i:Introduction)
WITH DISTINCT i
MATCH (i)-[:REQUESTER]->(r:Person), (i)-[:TARGET]->(t:Person), (i)-[:VIA]->(v:Person)
WHERE ($viewer IS NULL OR $viewer IN [r.id, t.id, v.id])
  AND all(n IN [r, t, v] WHERE ($seesAll OR n.visibility IS NULL OR n.addedBy = $account OR n.id = $person))
WITH i, r, t, v,
     CASE WHEN i.status IN ['proposed', 'asked', 'accepted'] AND i.expiresAt <= $now THEN 'expired'
          ELSE i.status END AS effective
WITH i, CASE WHEN effective = 'declined' AND $viewer = r.id AND NOT $viewer IN [t.id, v.id] THEN 'closed'
             ELSE effective END AS shown
WITH i, shown, i.createdAt + '|' + i.id AS key
WHERE ($statuses IS NULL OR shown IN $statuses) AND ($after IS NULL OR key < $after)
RETURN i.id AS id, key
ORDER BY key DESC
LIMIT $limit
