// The 脳内検索's matches among the people already placed near the asker ($placed: element ids within reach), and the
// best score of any match but the asker ($from, an element id or null), which relevance is measured against. One
// pass over the matches of a full-text query built by FullTextQuery; only the near ones are sent back.
CALL db.index.fulltext.queryNodes('person_text', $query) YIELD node, score
WITH node, score, elementId(node) AS element
WHERE $from IS NULL OR element <> $from
WITH max(score) AS best,
     collect(CASE WHEN element IN $placed THEN {node: element, id: node.id, score: score} END) AS near
RETURN best, near
