// Deletes the KNOWS tie between two people, stored in either direction; no row when there is none.
MATCH (a:Person {id: $from})-[r:KNOWS]-(b:Person {id: $to})
DELETE r
RETURN $from AS from
