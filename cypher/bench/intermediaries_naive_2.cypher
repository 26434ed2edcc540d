// Benchmark baseline, the naive way for intermediaries with two intermediaries (from → I → T or
// from → I → J → T): every path of two or three usable hops from
// the asker to a person carrying $tag, enumerated by a variable-length pattern and filtered per path; the
// intermediary is the path's second person. Simple paths only, and no target the asker already knows.
MATCH (me:Person {id: $from})
MATCH p = (me)-[:KNOWS|TRUSTS*2..3]-(t:Person)
WHERE all(r IN relationships(p) WHERE r.strength >= $minStrength
          AND ($includeWeak OR r.context IS NULL OR r.context <> 'card-exchange'))
  AND $tag IN t.tags AND t <> nodes(p)[1] AND NOT me IN nodes(p)[2..]
  AND NOT EXISTS { (me)-[d:KNOWS|TRUSTS]-(t) WHERE d.strength >= $minStrength
                   AND ($includeWeak OR d.context IS NULL OR d.context <> 'card-exchange') }
RETURN DISTINCT nodes(p)[1].id AS intermediary, t.id AS target
