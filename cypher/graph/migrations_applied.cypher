// The schema versions already applied to this database.
MATCH (m:__Migration)
RETURN m.version AS version
ORDER BY version
