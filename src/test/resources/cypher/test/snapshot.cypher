// Test only: every node and relationship with its properties, to prove that a rejected request changed nothing.
// Import jobs are left out: they record the process (a failed job is the answer), not the network.
CALL () {
  MATCH (n) WHERE NOT n:__Migration AND NOT n:ImportJob
  RETURN 'node ' + coalesce(n.id, n.name, '') + ' ' + reduce(s = '', l IN labels(n) | s + ':' + l) AS line,
         properties(n) AS props
  UNION ALL
  MATCH (a)-[r]->(b)
  RETURN 'rel ' + coalesce(a.id, a.name) + ' ' + type(r) + ' ' + coalesce(b.id, b.name) AS line, properties(r) AS props
}
RETURN line, props
