// Accounts in id order after the cursor; the caller asks for one more than it shows to learn of a next page.
MATCH (a:Account)
WHERE $after IS NULL OR a.id > $after
RETURN a
ORDER BY a.id
LIMIT $limit
