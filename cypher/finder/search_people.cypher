// The people of one page of search results, by element id.
UNWIND $nodes AS node
MATCH (p:Person)
WHERE elementId(p) = node
RETURN node, p
