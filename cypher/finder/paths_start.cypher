// Where a search starts: the people named by $ids (an unknown id gives no row) with their element ids, which the
// search uses inside its one read transaction, their names, and everyone one usable hop away (a KNOWS or TRUSTS tie
// in either direction with strength >= $minStrength and, unless $includeWeak, a context other than card-exchange),
// so the first level of a search costs no round trip of its own.
UNWIND $ids AS id
MATCH (p:Person {id: id})
OPTIONAL MATCH (p)-[r:KNOWS|TRUSTS]-(v)
WHERE r.strength >= $minStrength
  AND ($includeWeak OR r.context IS NULL OR r.context <> 'card-exchange')
RETURN p.id AS id, elementId(p) AS node, p.name AS name, collect(DISTINCT elementId(v)) AS neighbours
