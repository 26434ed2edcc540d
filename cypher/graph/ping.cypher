// Health check: answers only when the database can run a query.
RETURN 1 AS ok
