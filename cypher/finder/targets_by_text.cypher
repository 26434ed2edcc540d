// Target people for a kind of person: full-text match over the person_text index ($query is built by
// FullTextQuery, never raw user text), carrying every tag in $tags, never $from itself.
CALL db.index.fulltext.queryNodes('person_text', $query) YIELD node AS t
WITH t
WHERE t.id <> $from AND all(tag IN $tags WHERE tag IN t.tags)
RETURN t.id AS id
LIMIT $maxTargets
