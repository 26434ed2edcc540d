// Test only: the stored tie of one type from one person to another, with the element ids of it and its ends.
MATCH (a:Person {id: $from})-[r]->(b:Person {id: $to})
WHERE type(r) = $type
RETURN elementId(r) AS tie, elementId(a) AS from, elementId(b) AS to
