// How many people carry every tag in $tags (two or more), $from not counted: counted from the first tag's
// people without sending them back. No row when nobody has ever carried the first tag.
MATCH (tag:Tag {name: $tags[0]})
RETURN COUNT {
         (tag)<-[:HAS_TAG]-(t:Person)
         WHERE t.id <> $from AND all(name IN $tags WHERE name IN t.tags)
       } AS carriers,
       false AS fromCarries
