// The open asks (proposed, asked or accepted, not yet expired) made through each of $ids and created after
// $windowStart, with when each would stop counting by expiry; the caller adds when it leaves the window.
UNWIND $ids AS id
MATCH (:Person {id: id})<-[:VIA]-(i:Introduction)
WHERE i.status IN ['proposed', 'asked', 'accepted'] AND i.expiresAt > $now AND i.createdAt > $windowStart
RETURN id, i.createdAt AS createdAt, i.expiresAt AS expiresAt
