// Test only: every column of the tsunagari.paths procedure, the PATH included.
CALL tsunagari.paths($from, $to, $options) YIELD path, length, score, nodes, links, weakestLink, notFound
RETURN path, length, score, nodes, links, weakestLink, notFound
