// What contacts from LinkedIn, vCard or id-less CSV rows are matched on: id, e-mail, links (LinkedIn URL),
// name and organization of everyone, read once per import into memory.
MATCH (p:Person)
RETURN p.id AS id, p.email AS email, p.links AS links, p.name AS name, p.organization AS organization
