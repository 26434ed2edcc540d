// The account a bearer token belongs to, found by the token's SHA-256 hash through the unique constraint's index.
MATCH (a:Account {tokenHash: $hash})
RETURN a
