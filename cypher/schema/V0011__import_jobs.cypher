// Import jobs are kept in the graph so a client polling its job after a restart still learns how it ended; they
// are addressed by id, which must be unique (a retried create then finds the one node instead of making two).
CREATE CONSTRAINT import_job_id IF NOT EXISTS FOR (j:ImportJob) REQUIRE j.id IS UNIQUE;
