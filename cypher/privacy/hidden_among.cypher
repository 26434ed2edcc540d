// Which of $ids name private people the viewer may not see: not added by its account ($account) and not its
// own person ($person). Unknown ids are simply absent.
UNWIND $ids AS id
MATCH (p:Person {id: id})
WHERE p.visibility = 'private'
  AND coalesce(p.addedBy <> $account, true)
  AND coalesce(p.id <> $person, true)
RETURN p.id AS id
