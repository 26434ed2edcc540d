// The stored people among $ids, to tell a new record from an unchanged or changed one before writing.
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p
