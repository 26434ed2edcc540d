// The people who care about a person: a FAN_OF or TRUSTS tie toward them, or two or more introductions made
// for them (connected ones, as requester or target). Per fan and reason: since when (a tie's since, else the
// day it was recorded; the first of those introductions) and how many introductions. Fans the viewer may not
// see ($seesAll, $account, $person: see people/list) are left out here.
MATCH (me:Person {id: $id})
CALL (me) {
  MATCH (fan:Person)-[r:FAN_OF|TRUSTS]->(me)
  RETURN fan, type(r) AS reason, coalesce(r.since, date(datetime(r.createdAt))) AS since, 0 AS introductions
  UNION ALL
  MATCH (me)<-[:REQUESTER|TARGET]-(i:Introduction)-[:VIA]->(fan:Person)
  WHERE i.status IN ['connected', 'outcome']
  WITH fan, count(i) AS introductions, min(i.connectedAt) AS first
  WHERE introductions >= 2
  RETURN fan, 'introduced' AS reason, date(datetime(first)) AS since, introductions
}
WITH fan, reason, since, introductions
WHERE ($seesAll OR fan.visibility IS NULL OR fan.addedBy = $account OR fan.id = $person)
WITH fan, collect(DISTINCT reason) AS reasons, min(since) AS since, max(introductions) AS introductions
RETURN fan {.id, .name} AS person, reasons, since, introductions
ORDER BY since, person.id
