// Which of the given ids name a person.
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id
