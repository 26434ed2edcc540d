// Which people in $fans are FAN_OF someone in $of: a target who is a fan of the person who would ask them
// raises that route.
UNWIND $fans AS id
MATCH (f:Person {id: id})-[:FAN_OF]->(x:Person)
WHERE x.id IN $of
RETURN f.id AS fan, x.id AS of
