// Keeps the $kept most recently finished import jobs and deletes older finished ones; unfinished jobs stay.
MATCH (j:ImportJob)
WHERE j.finishedAt IS NOT NULL
WITH j
ORDER BY j.finishedAt DESC, j.createdAt DESC, j.id DESC
SKIP $kept
DETACH DELETE j
RETURN count(*) AS deleted
