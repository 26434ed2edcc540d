// How the intermediary $via knows each side of an introduction. Per side: whether any KNOWS or TRUSTS tie
// joins them at all, the strength of the strongest usable one (either direction; a card-exchange tie is not
// knowing someone; a tie without context is usable), and whether via TRUSTS that side with a usable tie.
// No row for a side (or a via) that is not a person.
MATCH (v:Person {id: $via})
UNWIND [['requester', $requester], ['target', $target]] AS side
MATCH (p:Person {id: side[1]})
OPTIONAL MATCH (v)-[r:KNOWS|TRUSTS]-(p)
WITH side[0] AS side, v, collect(r) AS ties
WITH side, v, ties, [r IN ties WHERE coalesce(r.context, '') <> 'card-exchange'] AS usable
RETURN side,
       size(ties) > 0 AS anyTie,
       CASE WHEN size(usable) = 0 THEN null
            ELSE reduce(best = 0.0, r IN usable | CASE WHEN coalesce(r.strength, 0.5) > best
                                                        THEN coalesce(r.strength, 0.5) ELSE best END)
       END AS strength,
       any(r IN usable WHERE type(r) = 'TRUSTS' AND startNode(r) = v) AS trusts
