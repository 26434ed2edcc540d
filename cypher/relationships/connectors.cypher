// Who to ask about a kind (GET /api/connectors) in one call to the tsunagari.connectors procedure: $kind a full-text
// query built by FullTextQuery, or null with $options.tags; most reached first, one page from $options.skip,
// private people left out for $options.caller.
CALL tsunagari.connectors($kind, $options) YIELD person, reaches, routes, sample
RETURN person, reaches, routes, sample
