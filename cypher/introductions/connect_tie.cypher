// Makes the requester and the target of an introduction acquainted: the KNOWS tie between them, context
// 'introduced', recording who introduced them (introducedBy) and through which introduction. A tie they
// already had is kept, and only a card-exchange one is raised to 'introduced': now someone who knows both has
// put them in touch. MERGE locks both people, so concurrent connects of one pair leave one tie.
MATCH (i:Introduction {id: $id})-[:REQUESTER]->(a:Person), (i)-[:TARGET]->(b:Person), (i)-[:VIA]->(v:Person)
MERGE (a)-[r:KNOWS]-(b)
ON CREATE SET r.strength = $strength, r.context = 'introduced', r.since = $today, r.createdAt = $now,
              r.introducedBy = v.id, r.introduction = i.id
ON MATCH SET r.context = CASE WHEN r.context = 'card-exchange' THEN 'introduced' ELSE r.context END,
             r.introducedBy = coalesce(r.introducedBy, v.id), r.introduction = coalesce(r.introduction, i.id)
SET r.updatedAt = $now
RETURN r.introducedBy AS introducedBy
