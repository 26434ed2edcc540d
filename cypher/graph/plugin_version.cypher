// The version of the tsunagari.* procedures installed in this Neo4j (the service checks it when it connects)
CALL tsunagari.version() YIELD version
RETURN version
