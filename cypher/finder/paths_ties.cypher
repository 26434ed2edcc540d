// The usable ties behind each hop [u, v] of a set of paths (element ids): every KNOWS or TRUSTS tie between the
// two in either direction that passes the hop filter, as stored, the two people's ids and names, and whether v is a
// fan of u (FAN_OF raises the last hop of a route; alone it is never a hop).
UNWIND $pairs AS pair
MATCH (u:Person)
WHERE elementId(u) = pair[0]
MATCH (v:Person)
WHERE elementId(v) = pair[1]
MATCH (u)-[r:KNOWS|TRUSTS]-(v)
WHERE r.strength >= $minStrength
  AND ($includeWeak OR r.context IS NULL OR r.context <> 'card-exchange')
RETURN pair[0] AS u, u.id AS uId, u.name AS uName, pair[1] AS v, v.id AS vId, v.name AS vName,
       startNode(r).id AS from, endNode(r).id AS to, type(r) AS type, r.strength AS strength,
       r.context AS context, r.since AS since, r.lastContact AS lastContact,
       EXISTS { (v)-[:FAN_OF]->(u) } AS fan
