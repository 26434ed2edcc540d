// Target people carrying every tag in $tags (starting from the first tag's node), never $from itself.
MATCH (:Tag {name: $tags[0]})<-[:HAS_TAG]-(t:Person)
WHERE t.id <> $from AND all(tag IN $tags WHERE tag IN t.tags)
RETURN t.id AS id
LIMIT $maxTargets
