// The usable hops (API.md "Usable hop") around each person in $ids: KNOWS or TRUSTS in either direction with
// strength >= $minStrength and, unless $includeWeak, a context other than card-exchange. One row per tie; the
// caller keeps the strongest tie per pair. LIMIT bounds the work a hub can cause (the caller reports it).
UNWIND $ids AS id
MATCH (p:Person {id: id})-[r:KNOWS|TRUSTS]-(q:Person)
WHERE r.strength >= $minStrength
  AND ($includeWeak OR r.context IS NULL OR r.context <> 'card-exchange')
RETURN p.id AS a, q.id AS b, type(r) AS type, startNode(r) = p AS outgoing, r.strength AS strength,
       r.context AS context, r.since AS since, r.lastContact AS lastContact
LIMIT $maxRows
