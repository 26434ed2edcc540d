// The connector view of one person (GET /api/people/{id}/reach) in one call to the tsunagari.reach procedure: whom
// they reach within one and two usable hops, by kind, and whom they are the only bridge for, private people left out
// for $options.caller. No row when $id is unknown or hidden from the caller.
CALL tsunagari.reach($id, $options)
YIELD person, withinOneHop, withinTwoHops, kinds, onlyBridgeForCount, onlyBridgeFor
RETURN person, withinOneHop, withinTwoHops, kinds, onlyBridgeForCount, onlyBridgeFor
