// People whose name or kana holds $name (already lower-cased), in id order after the cursor, optionally only
// those carrying every tag in $tags. A name picker needs this: one kanji (竹) is no word for the full-text index.
// Private people are left out unless the viewer sees all (admin), added them ($account) or is them ($person).
MATCH (p:Person)
WHERE (toLower(p.name) CONTAINS $name OR toLower(coalesce(p.kana, '')) CONTAINS $name)
  AND ($after IS NULL OR p.id > $after)
  AND all(tag IN $tags WHERE tag IN p.tags)
  AND ($seesAll OR p.visibility IS NULL OR p.addedBy = $account OR p.id = $person)
RETURN p
ORDER BY p.id
LIMIT $limit
