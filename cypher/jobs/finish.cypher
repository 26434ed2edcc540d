// How an import job ended: done with its report (as JSON text), or failed with why; $report or $error is null.
MATCH (j:ImportJob {id: $id})
SET j.status = $status, j.done = $done, j.total = $total, j.finishedAt = $finishedAt, j.report = $report,
    j.error = $error
