// Every introduction, newest first after the cursor key, filtered on the effective status (an open one past
// expiresAt reads as expired). The admin's list; a viewer's list goes through list_for.
MATCH (i:Introduction)
WITH i, CASE WHEN i.status IN ['proposed', 'asked', 'accepted'] AND i.expiresAt <= $now THEN 'expired'
             ELSE i.status END AS effective,
     i.createdAt + '|' + i.id AS key
WHERE ($statuses IS NULL OR effective IN $statuses) AND ($after IS NULL OR key < $after)
RETURN i.id AS id, key
ORDER BY key DESC
LIMIT $limit
