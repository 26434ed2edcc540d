// Benchmark comparison, in-engine: Cypher 5 ALL SHORTEST with the hop filter inlined in a quantified path pattern
// (bidirectional StatefulShortestPath(Into)); the quantifier bound must be a literal, so it is fixed at 6 hops.
MATCH (a:Person {id: $from}), (b:Person {id: $to})
OPTIONAL MATCH p = ALL SHORTEST (a)(()-[r:KNOWS|TRUSTS WHERE r.strength >= $minStrength
      AND ($includeWeak OR r.context IS NULL OR r.context <> 'card-exchange')]-()){1,6}(b)
RETURN coalesce(length(p), -1) AS length, count(p) AS paths
