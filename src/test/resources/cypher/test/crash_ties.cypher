// Test only (crash safety): every KNOWS tie with the ids of its ends and whether both ends are people.
MATCH (a)-[r:KNOWS]->(b)
RETURN a.id AS from, b.id AS to, a:Person AND b:Person AS betweenPeople
