// One interaction by id, with the two people it joins.
MATCH (p:Person)<-[:BY]-(x:Interaction {id: $id})-[:WITH]->(o:Person)
RETURN x {.*} AS x, p {.id, .name} AS by, o {.id, .name} AS with
