// Benchmark baseline, the naive way: shortestPath over KNOWS|TRUSTS up to 6 hops with the hop filter written as a
// predicate on the whole path, which the planner may only check after the search (with an exhaustive fallback).
MATCH (a:Person {id: $from}), (b:Person {id: $to})
OPTIONAL MATCH p = shortestPath((a)-[:KNOWS|TRUSTS*..6]-(b))
WHERE all(r IN relationships(p) WHERE r.strength >= $minStrength
          AND ($includeWeak OR r.context IS NULL OR r.context <> 'card-exchange'))
RETURN coalesce(length(p), -1) AS length
