// Id and name of the people on a set of paths, by element id.
UNWIND $nodes AS node
MATCH (p:Person)
WHERE elementId(p) = node
RETURN node, p.id AS id, p.name AS name
