// Records a new import job as queued, with the id of the app instance ($process) that runs it and when that
// instance was last heard of ($seenAt, epoch milliseconds); a retried write
// finds the node it already made and changes nothing.
MERGE (j:ImportJob {id: $id})
  ON CREATE SET j.status = 'queued', j.format = $format, j.bytes = $bytes, j.done = 0, j.total = 0,
                j.createdAt = $createdAt, j.process = $process, j.seenAt = $seenAt
