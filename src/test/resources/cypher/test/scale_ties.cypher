// Test only: four KNOWS ties from each person to people further along (every tenth person's are only card
// exchanges), with varied strength and last contact, plus a FAN_OF from every fifth person.
UNWIND range(0, $people - 1) AS i
UNWIND [1, 7, 31, 211] AS step
WITH i, step, (i + step * (1 + i % 3)) % $people AS j
MATCH (a:Person {id: 'p' + i}), (b:Person {id: 'p' + j})
CREATE (a)-[:KNOWS {strength: 0.3 + (i % 7) / 10.0, context: CASE WHEN i % 10 = 0 THEN 'card-exchange' ELSE 'met' END,
                    lastContact: date('2026-01-01') + duration({days: (i * 37 + step) % 300}),
                    createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z'}]->(b)
FOREACH (_ IN CASE WHEN i % 5 = 0 AND step = 1 THEN [1] ELSE [] END |
  CREATE (a)-[:FAN_OF {strength: 0.9, since: date('2025-06-01'), createdAt: '2026-01-01T00:00:00.000Z'}]->(b))
