// Whom to ask for an introduction (GET /api/intermediaries), in one call to the tsunagari.intermediaries.json
// procedure: ranked, cut to $options.limit, private people hidden or masked for $options.caller, busy
// intermediaries marked; the answer as the JSON text the route sends. No row when $from is unknown or hidden from
// the caller.
CALL tsunagari.intermediaries.json($from, $options) YIELD json
RETURN json
