// Revokes an account by deleting it: its token matches nothing any more. No row when there is no such account.
MATCH (a:Account {id: $id})
DELETE a
RETURN $id AS id
