// The people with the given ids (for the summaries shown beside scores and paths).
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p
