// After an interaction, the KNOWS and TRUSTS ties between the two people (either direction) move their
// lastContact forward to its date (never back: an old interaction logged late changes nothing) and count how
// many interactions the two have had, the frequency that scoring reads (interactionCount).
MATCH (p:Person {id: $by}), (o:Person {id: $with})
WITH p, o, COUNT { (p)<-[:BY|WITH]-(:Interaction)-[:BY|WITH]->(o) } AS interactions
MATCH (p)-[r:KNOWS|TRUSTS]-(o)
SET r.lastContact = CASE WHEN r.lastContact IS NULL OR r.lastContact < $at THEN $at ELSE r.lastContact END,
    r.interactionCount = interactions
RETURN count(r) AS ties
