// Test only: empties the graph between tests but keeps the schema history.
MATCH (n)
WHERE NOT n:__Migration
DETACH DELETE n
