// Whom to ask for an introduction (GET /api/intermediaries), in one call to the tsunagari.intermediaries procedure:
// ranked, cut to $options.limit, private people hidden or masked for $options.caller. No row when $from is
// unknown or hidden from the caller.
CALL tsunagari.intermediaries($from, $options) YIELD answer
RETURN answer
