// Test only: how many import jobs the graph keeps.
MATCH (j:ImportJob)
RETURN count(j) AS jobs
