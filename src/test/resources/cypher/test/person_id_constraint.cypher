// Test only (crash safety): the unique constraint on person ids, as the schema holds it.
SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties
WHERE name = 'person_id'
RETURN type, labelsOrTypes, properties
