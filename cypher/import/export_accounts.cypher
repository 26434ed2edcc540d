// A page of accounts in id order after $after (null: from the first), with every stored property (the hash of
// the token, never a token): what the JSON export writes, so that a restore keeps ownership and working tokens.
MATCH (a:Account)
WHERE $after IS NULL OR a.id > $after
RETURN a {.*} AS a
ORDER BY a.id
LIMIT $limit
