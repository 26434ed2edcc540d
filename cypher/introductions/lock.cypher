// Takes a write lock on one introduction (writing nothing new) before its status is read, so that concurrent
// moves run one after the other and only the first finds the status it expects. No row when there is none.
MATCH (i:Introduction {id: $id})
SET i.updatedAt = i.updatedAt
RETURN i.id AS id
