// Every usable hop of the network as a pair of ids (each tie once), to find whom a person is the only bridge
// for: KNOWS or TRUSTS, strength at least $minStrength, and not card-exchange unless $includeWeak.
MATCH (a:Person)-[r:KNOWS|TRUSTS]->(b:Person)
WHERE coalesce(r.strength, 0.5) >= $minStrength AND ($includeWeak OR coalesce(r.context, '') <> 'card-exchange')
RETURN a.id AS a, b.id AS b
