// Benchmark only: creates a batch of generated people with exactly the properties the API stores (lists mirrored
// as *Text for the full-text index). Runs on a fresh database, so CREATE, not MERGE, for loading speed.
UNWIND $rows AS row
CREATE (p:Person)
SET p = row
