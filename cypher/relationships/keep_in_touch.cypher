// A person's strong ties gone quiet. Per counterpart over KNOWS and TRUSTS ties in either direction (a
// card-exchange is not a relationship to keep up): the strongest strength, kept when at least $minStrength, and
// the latest lastContact, kept when on or before $quietSince or unknown; with when the tie began and how many
// interactions the two had since $yearAgo. Counterparts the viewer may not see ($seesAll, $account, $person: see
// people/list) are left out.
MATCH (me:Person {id: $id})-[r:KNOWS|TRUSTS]-(other:Person)
WHERE coalesce(r.context, '') <> 'card-exchange'
  AND ($seesAll OR other.visibility IS NULL OR other.addedBy = $account OR other.id = $person)
WITH me, other, max(coalesce(r.strength, 0.5)) AS strength, max(r.lastContact) AS lastContact, min(r.since) AS since
WHERE strength >= $minStrength AND (lastContact IS NULL OR lastContact <= $quietSince)
RETURN other {.id, .name} AS person, strength, lastContact, since,
       COUNT { (me)<-[:BY|WITH]-(x:Interaction)-[:BY|WITH]->(other) WHERE x.at >= $yearAgo } AS lastYear
