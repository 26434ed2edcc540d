// The last level of a bounded breadth-first search: like paths_expand, but only the usable hops that land in
// $targets (element ids: the other side's frontier, or the people still sought), so a level that can only end
// the search sends back the few rows that meet instead of the whole next layer.
UNWIND $frontier AS node
MATCH (u:Person)
WHERE elementId(u) = node
MATCH (u)-[r:KNOWS|TRUSTS]-(v)
WHERE r.strength >= $minStrength
  AND ($includeWeak OR r.context IS NULL OR r.context <> 'card-exchange')
  AND elementId(v) IN $targets
RETURN node, collect(DISTINCT elementId(v)) AS neighbours
