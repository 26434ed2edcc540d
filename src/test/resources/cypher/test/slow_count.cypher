// Counts odd remainders over two billion numbers: a read that outlasts any short time limit
UNWIND range(1, 2000000000) AS x
WITH x WHERE x % 7 = 99
RETURN count(x) AS c
