// Test only (crash safety): every person id, and whether the node has the fields the API always writes.
MATCH (p:Person)
RETURN p.id AS id, p.name IS NOT NULL AND p.createdAt IS NOT NULL AS complete
