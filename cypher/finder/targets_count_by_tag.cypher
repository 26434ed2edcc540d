// How many people carry the one tag in $tags, $from not counted: the :Tag node's HAS_TAG degree, which Neo4j
// reads from the degree store without visiting the people (a person's HAS_TAG ties mirror their distinct tags).
// No row when nobody has ever carried the tag.
MATCH (tag:Tag {name: $tags[0]})
RETURN COUNT { (tag)<-[:HAS_TAG]-() } AS carriers,
       EXISTS { (:Person {id: $from})-[:HAS_TAG]->(tag) } AS fromCarries
