// How far a running import job has got. A job already finished (or failed by a restart) is left as it is, and
// a job no longer stored (pruned) is not brought back half-filled.
MATCH (j:ImportJob {id: $id})
WHERE j.finishedAt IS NULL
SET j.status = $status, j.done = $done, j.total = $total
