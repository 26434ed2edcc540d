// A page of interactions in id order after $after (null: from the first), with every stored property and the
// ids of the two people: what the JSON export writes, one record each.
MATCH (x:Interaction)
WHERE $after IS NULL OR x.id > $after
WITH x
ORDER BY x.id
LIMIT $limit
OPTIONAL MATCH (x)-[:BY]->(p:Person)
OPTIONAL MATCH (x)-[:WITH]->(o:Person)
RETURN x {.*} AS x, p.id AS by, o.id AS with
ORDER BY x.id
