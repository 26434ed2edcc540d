// Jobs left queued or running by an app instance that is gone will never end by themselves, so they fail now
// with $error, keeping the progress last written. Gone: stopped ($process is this instance, failing its own jobs as
// it stops: $own is true), or silent since before $staleBefore (epoch milliseconds; a crash: a live instance stamps
// its unfinished jobs every few seconds). A live instance's jobs are left alone. Returns the ids failed.
MATCH (j:ImportJob)
WHERE j.status IN ['queued', 'running']
  AND CASE WHEN $own THEN j.process = $process
           ELSE coalesce(j.process, '') <> $process AND coalesce(j.seenAt, 0) < $staleBefore END
SET j.status = 'failed', j.finishedAt = $finishedAt, j.error = $error
RETURN j.id AS id
