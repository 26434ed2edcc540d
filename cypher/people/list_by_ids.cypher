// The people among $ids (a page's names for many ids in one request), in id order after the cursor.
// Private people are left out unless the viewer sees all (admin), added them ($account) or is them ($person).
UNWIND $ids AS id
MATCH (p:Person {id: id})
WITH DISTINCT p
WHERE ($after IS NULL OR p.id > $after)
  AND ($seesAll OR p.visibility IS NULL OR p.addedBy = $account OR p.id = $person)
RETURN p
ORDER BY p.id
LIMIT $limit
