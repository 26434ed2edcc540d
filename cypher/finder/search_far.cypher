// The 脳内検索's matches that are not near the asker, best score first (then id), after the cursor ($afterScore and
// $afterId, or nulls), one page of $limit. $exclude holds the asker and the near matches, which the answer lists
// first. The sort happens here, so only one page leaves the database however many people match.
CALL db.index.fulltext.queryNodes('person_text', $query) YIELD node, score
WITH node, score
WHERE NOT elementId(node) IN $exclude
WITH node, score, node.id AS id
WHERE $afterScore IS NULL OR score < $afterScore OR (score = $afterScore AND id > $afterId)
RETURN elementId(node) AS node, id, score
ORDER BY score DESC, id
LIMIT $limit
