// Takes a write lock on the intermediary (writing nothing new), so that concurrent asks through one person are
// counted one after another and the open-ask limit holds. No row when there is no such person.
MATCH (v:Person {id: $via})
SET v.updatedAt = v.updatedAt
RETURN v.id AS id
