// The introduction created under an Idempotency-Key, so that a retried create returns it instead of a second.
MATCH (i:Introduction {idempotencyKey: $key})
RETURN i.id AS id
