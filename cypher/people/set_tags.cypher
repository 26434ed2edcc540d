// Mirrors a person's tags as (:Person)-[:HAS_TAG]->(:Tag) so that "everyone tagged X" starts from an index.
MATCH (p:Person {id: $id})
OPTIONAL MATCH (p)-[old:HAS_TAG]->(:Tag)
DELETE old
WITH DISTINCT p
UNWIND $tags AS name
MERGE (t:Tag {name: name})
MERGE (p)-[:HAS_TAG]->(t)
