// How many people the database holds (is it empty?).
MATCH (p:Person)
RETURN count(p) AS people
