// Deletes a person with every tie and record attached to them.
MATCH (p:Person {id: $id})
DETACH DELETE p
RETURN $id AS id
