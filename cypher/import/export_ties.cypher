// The ties leaving a page of people ($ids), each once as stored (KNOWS too), in (from, type, to) order:
// exports walk people in id order and take their ties page by page, so no query sorts every tie at once.
UNWIND $ids AS id
MATCH (a:Person {id: id})-[r:KNOWS|TRUSTS|FAN_OF]->(b:Person)
RETURN a.id AS from, b.id AS to, type(r) AS type, r
ORDER BY from, type, to
