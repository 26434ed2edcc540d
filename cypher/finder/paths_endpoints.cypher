// The people a search starts from, by id, with the element ids the search uses inside its one read transaction;
// an unknown id gives no row.
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id, elementId(p) AS node
