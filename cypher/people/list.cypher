// People in id order after the cursor, optionally only those carrying every tag in $tags.
// Fetches $limit rows; the caller asks for one more than it shows to learn whether there is a next page.
MATCH (p:Person)
WHERE ($after IS NULL OR p.id > $after)
  AND all(tag IN $tags WHERE tag IN p.tags)
RETURN p
ORDER BY p.id
LIMIT $limit
