// Test only: $people fictional people p0..p(n-1), each with two kinds (tags) from a small set, mirrored as
// HAS_TAG like the API does, to time the introduction views at a realistic size.
WITH ['founder', 'designer', 'community-organizer', '団地', 'singer', 'accountant', 'ライブハウス', 'teacher'] AS kinds
UNWIND range(0, $people - 1) AS i
WITH kinds, i, [kinds[i % 8], kinds[(i / 8 + 3) % 8]] AS tags
CREATE (p:Person {id: 'p' + i, name: 'Person ' + i, tags: tags, tagsText: tags[0] + '\n' + tags[1],
                  createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z'})
WITH p, tags
UNWIND tags AS tag
MERGE (t:Tag {name: tag})
CREATE (p)-[:HAS_TAG]->(t)
