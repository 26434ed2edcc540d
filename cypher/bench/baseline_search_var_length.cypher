// Benchmark baseline, the naive way for the 脳内検索: full-text matches, then a variable-length expansion up to
// two hops from $from filtered per path, to find each match's distance.
CALL db.index.fulltext.queryNodes('person_text', $query) YIELD node, score
OPTIONAL MATCH p = (me:Person {id: $from})-[:KNOWS|TRUSTS*1..2]-(node)
WHERE all(r IN relationships(p) WHERE r.strength >= $minStrength
          AND ($includeWeak OR r.context IS NULL OR r.context <> 'card-exchange'))
WITH node, score, min(length(p)) AS distance
RETURN node.id AS id, distance, score
ORDER BY distance IS NULL, distance, score DESC, id
LIMIT 20
