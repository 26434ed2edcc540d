// Replaces the name, role and person of an account; its token stays. No row when there is no such account.
MATCH (a:Account {id: $id})
SET a.name = $name, a.role = $role, a.person = $person, a.updatedAt = $now
RETURN a
