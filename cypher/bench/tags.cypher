// Benchmark only: one Tag node per kind, as the API's people/set_tags keeps them.
UNWIND $names AS name
MERGE (:Tag {name: name})
