// Bridge paths (GET /api/paths) in one call to the tsunagari.paths procedure: up to $options.limit of the shortest
// usable paths from $from to $to within $options.maxLength, best score first, paths through people hidden from
// $options.caller left out. No row when there is no path; one row with only notFound ('from' or 'to') when that
// end is unknown or hidden from the caller.
CALL tsunagari.paths($from, $to, $options) YIELD length, score, nodes, links, notFound
RETURN length, score, nodes, links, notFound
