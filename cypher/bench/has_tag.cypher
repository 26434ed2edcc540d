// Benchmark only: mirrors a batch of people's tags as HAS_TAG ties, as the API's people/set_tags does.
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
UNWIND row.tags AS name
MATCH (t:Tag {name: name})
CREATE (p)-[:HAS_TAG]->(t)
