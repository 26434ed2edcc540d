// People whose text matches a full-text query (built by FullTextQuery, never raw user text), in id order
// after the cursor, optionally only those carrying every tag in $tags.
// Private people are left out unless the viewer sees all (admin), added them ($account) or is them ($person),
// here rather than after the query so that every page is full.
CALL db.index.fulltext.queryNodes('person_text', $query) YIELD node AS p
WITH p
WHERE ($after IS NULL OR p.id > $after)
  AND all(tag IN $tags WHERE tag IN p.tags)
  AND ($seesAll OR p.visibility IS NULL OR p.addedBy = $account OR p.id = $person)
RETURN p
ORDER BY p.id
LIMIT $limit
