// At start-up: jobs a previous app instance left queued or running will never end by themselves, so they fail
// now with $error, keeping the progress last written; jobs of this instance ($process) are left alone, as this
// runs beside the first requests. Returns the ids failed.
MATCH (j:ImportJob)
WHERE j.status IN ['queued', 'running'] AND coalesce(j.process, '') <> $process
SET j.status = 'failed', j.finishedAt = $finishedAt, j.error = $error
RETURN j.id AS id
