// The stored people among $ids (finder summaries; telling new import records from stored ones).
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p
