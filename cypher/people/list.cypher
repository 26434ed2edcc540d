// People in id order after the cursor, optionally only those carrying every tag in $tags.
// Private people are left out unless the viewer sees all (admin), added them ($account) or is them ($person),
// here rather than after the query so that every page is full.
// Fetches $limit rows; the caller asks for one more than it shows to learn whether there is a next page.
MATCH (p:Person)
WHERE ($after IS NULL OR p.id > $after)
  AND all(tag IN $tags WHERE tag IN p.tags)
  AND ($seesAll OR p.visibility IS NULL OR p.addedBy = $account OR p.id = $person)
RETURN p
ORDER BY p.id
LIMIT $limit
