// People whose text matches a full-text query (built by FullTextQuery, never raw user text), in id order
// after the cursor, optionally only those carrying every tag in $tags.
CALL db.index.fulltext.queryNodes('person_text', $query) YIELD node AS p
WITH p
WHERE ($after IS NULL OR p.id > $after)
  AND all(tag IN $tags WHERE tag IN p.tags)
RETURN p
ORDER BY p.id
LIMIT $limit
