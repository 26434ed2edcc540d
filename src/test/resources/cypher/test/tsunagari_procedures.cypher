// Test only: the names of the tsunagari.* procedures this Neo4j has
SHOW PROCEDURES YIELD name
WHERE name STARTS WITH 'tsunagari.'
RETURN name
ORDER BY name
