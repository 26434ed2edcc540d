// A person's give and take with each counterpart. Introductions count once made (connected, or with an
// outcome): an ask that went nowhere or was declined is no gift, and a decline must never show. Help counts
// from interactions logged by either side: "A helped B" and "B was-helped by A" are both A giving to B.
// Counterparts the viewer may not see ($seesAll, $account, $person: see people/list) are left out here.
MATCH (me:Person {id: $id})
CALL (me) {
  MATCH (me)<-[:VIA]-(i:Introduction)-[:REQUESTER|TARGET]->(other:Person)
  WHERE i.status IN ['connected', 'outcome']
  RETURN other, 'introducedForThem' AS what
  UNION ALL
  MATCH (me)<-[:REQUESTER|TARGET]-(i:Introduction)-[:VIA]->(other:Person)
  WHERE i.status IN ['connected', 'outcome']
  RETURN other, 'introducedByThem' AS what
  UNION ALL
  MATCH (me)<-[:BY]-(x:Interaction)-[:WITH]->(other:Person)
  WHERE x.kind IN ['helped', 'was-helped']
  RETURN other, CASE x.kind WHEN 'helped' THEN 'helpGiven' ELSE 'helpReceived' END AS what
  UNION ALL
  MATCH (me)<-[:WITH]-(x:Interaction)-[:BY]->(other:Person)
  WHERE x.kind IN ['helped', 'was-helped']
  RETURN other, CASE x.kind WHEN 'helped' THEN 'helpReceived' ELSE 'helpGiven' END AS what
}
WITH other, what
WHERE ($seesAll OR other.visibility IS NULL OR other.addedBy = $account OR other.id = $person)
WITH other,
     sum(CASE what WHEN 'introducedForThem' THEN 1 ELSE 0 END) AS introducedForThem,
     sum(CASE what WHEN 'introducedByThem' THEN 1 ELSE 0 END) AS introducedByThem,
     sum(CASE what WHEN 'helpGiven' THEN 1 ELSE 0 END) AS helpGiven,
     sum(CASE what WHEN 'helpReceived' THEN 1 ELSE 0 END) AS helpReceived
RETURN other {.id, .name} AS person, introducedForThem, introducedByThem, helpGiven, helpReceived
