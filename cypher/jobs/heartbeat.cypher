// This app instance ($process) is alive: its unfinished jobs are stamped with the time ($seenAt, epoch
// milliseconds), so that other instances fail them only once it has been silent for a while (a crash).
MATCH (j:ImportJob)
WHERE j.process = $process AND j.finishedAt IS NULL
SET j.seenAt = $seenAt
