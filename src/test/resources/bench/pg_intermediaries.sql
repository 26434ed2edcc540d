-- PostgreSQL baseline for intermediaries: every (intermediary, target) pair for one asker, tag and maxHops. A
-- recursive CTE walks out from the asker over usable hops (hop holds each tie both ways), one row per (first hop,
-- person, depth), UNION dropping repeats so no state is expanded twice; the last level only steps onto targets.
-- Parameters in order: asker, tag, maxHops, minStrength, includeWeak.
WITH RECURSIVE
q AS (SELECT ?::int AS me, ?::text AS tag, ?::int AS max_hops, ?::double precision AS min_strength,
             ?::boolean AS include_weak),
target AS (SELECT t.person FROM person_tag t, q WHERE t.tag = q.tag AND t.person <> q.me),
walk (first, node, depth) AS (
  SELECT h.b, h.b, 1 FROM hop h, q
  WHERE h.a = q.me AND h.strength >= q.min_strength AND (q.include_weak OR NOT h.weak)
  UNION
  SELECT w.first, h.b, w.depth + 1 FROM walk w JOIN hop h ON h.a = w.node, q
  WHERE w.depth <= q.max_hops AND h.strength >= q.min_strength AND (q.include_weak OR NOT h.weak)
    AND h.b <> q.me
    AND (w.depth < q.max_hops OR h.b IN (SELECT person FROM target))
)
SELECT DISTINCT w.first AS intermediary, w.node AS target
FROM walk w JOIN target t ON t.person = w.node
WHERE w.depth >= 2 AND w.node <> w.first
  AND w.node NOT IN (SELECT node FROM walk WHERE depth = 1)
