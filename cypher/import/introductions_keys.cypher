// Which introduction holds each of $keys as its Idempotency-Key: an imported record may not take a key that
// another introduction holds (the unique constraint would fail the whole batch).
UNWIND $keys AS key
MATCH (i:Introduction {idempotencyKey: key})
RETURN key, i.id AS id
