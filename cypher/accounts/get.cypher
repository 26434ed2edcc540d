// One account by id.
MATCH (a:Account {id: $id})
RETURN a
