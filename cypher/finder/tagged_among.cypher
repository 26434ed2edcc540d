// Which people in $ids carry every tag in $tags, never $from: the asker's frontier checked against the kind,
// instead of listing everyone who carries it.
UNWIND $ids AS id
MATCH (p:Person {id: id})
WHERE p.id <> $from AND all(tag IN $tags WHERE tag IN p.tags)
RETURN p.id AS id
