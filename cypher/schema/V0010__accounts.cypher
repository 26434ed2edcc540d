// Accounts are found by the SHA-256 hash of their token on every request: the hash must be unique (two accounts
// can never answer to one token) and the constraint's index makes that lookup one seek. Ids are generated.
CREATE CONSTRAINT account_token_hash IF NOT EXISTS FOR (a:Account) REQUIRE a.tokenHash IS UNIQUE;
CREATE CONSTRAINT account_id IF NOT EXISTS FOR (a:Account) REQUIRE a.id IS UNIQUE;
