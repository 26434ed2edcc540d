// The stored tie for each row {i, from, to, type}, if any: KNOWS in either direction, TRUSTS and FAN_OF from
// row.from to row.to. Lets the importer skip unchanged ties so a re-import writes nothing.
UNWIND $rows AS row
MATCH (a:Person {id: row.from})-[r:KNOWS|TRUSTS|FAN_OF]-(b:Person {id: row.to})
WHERE type(r) = row.type AND (row.type = 'KNOWS' OR startNode(r) = a)
RETURN row.i AS i, properties(r) AS props
