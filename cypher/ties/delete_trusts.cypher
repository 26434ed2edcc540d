// Deletes the TRUSTS tie from $from to $to; no row when there is none.
MATCH (a:Person {id: $from})-[r:TRUSTS]->(b:Person {id: $to})
DELETE r
RETURN $from AS from
