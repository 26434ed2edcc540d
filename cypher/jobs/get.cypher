// One import job with every stored field; no row when there is no such job.
MATCH (j:ImportJob {id: $id})
RETURN j {.*} AS job
