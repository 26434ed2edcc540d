// Whether an introduction id is taken.
MATCH (i:Introduction {id: $id})
RETURN i.id AS id
