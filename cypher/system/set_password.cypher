// Sets the password of the embedded Neo4j's user (run on the system database at every start, so a changed NEO4J_PASSWORD takes effect)
ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED
