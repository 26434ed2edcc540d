// The full-text indexes and the properties each covers, by name.
SHOW FULLTEXT INDEXES YIELD name, properties
RETURN name, properties
ORDER BY name
