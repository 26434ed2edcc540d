// Records that a schema file has been applied; MERGE keeps a retried transaction idempotent.
MERGE (m:__Migration {version: $version})
ON CREATE SET m.name = $name, m.appliedAt = datetime()
