// Benchmark only: how many people and ties a benchmark database holds (from the count store), to reuse it.
RETURN COUNT { (:Person) } AS people,
       COUNT { ()-[:KNOWS]->() } + COUNT { ()-[:TRUSTS]->() } + COUNT { ()-[:FAN_OF]->() } AS ties
