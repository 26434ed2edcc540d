// Everyone whose text matches a full-text query (built by FullTextQuery, never raw user text) with the index's
// score. The caller ranks by distance before relevance, so it needs every match, not the index's first page.
CALL db.index.fulltext.queryNodes('person_text', $query) YIELD node, score
RETURN elementId(node) AS node, node.id AS id, score
