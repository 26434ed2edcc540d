// Deletes the FAN_OF tie from $from to $to; no row when there is none.
MATCH (a:Person {id: $from})-[r:FAN_OF]->(b:Person {id: $to})
DELETE r
RETURN $from AS from
