// What the live tie index of this database holds and how current it is (the gauges of GET /metrics)
CALL tsunagari.index.status()
YIELD ready, current, people, ties, fanTies, bytes, buildMillis, lastTransaction, storeTransaction, updates
RETURN ready, current, people, ties, fanTies, bytes, buildMillis, lastTransaction, storeTransaction, updates
