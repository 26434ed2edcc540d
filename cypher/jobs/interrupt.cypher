// At start-up: jobs a previous process left queued or running will never end by themselves, so they fail now
// with $error, keeping the progress last written. Returns the ids failed.
MATCH (j:ImportJob)
WHERE j.status IN ['queued', 'running']
SET j.status = 'failed', j.finishedAt = $finishedAt, j.error = $error
RETURN j.id AS id
