// The 脳内検索's last level when the frontier is large: the people matching $query, not placed yet ($placed, the
// asker included), who are one usable hop from someone in $frontier, with those someones. It expands from the
// matches instead of from a frontier of thousands.
CALL db.index.fulltext.queryNodes('person_text', $query) YIELD node, score
WITH node, score
WHERE NOT elementId(node) IN $placed
MATCH (node)-[r:KNOWS|TRUSTS]-(w)
WHERE r.strength >= $minStrength
  AND ($includeWeak OR r.context IS NULL OR r.context <> 'card-exchange')
  AND elementId(w) IN $frontier
RETURN elementId(node) AS node, node.id AS id, score, collect(DISTINCT elementId(w)) AS parents
