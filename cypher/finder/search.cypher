// The 脳内検索 (GET /api/search) in one call to the tsunagari.search procedure: the matches of $options.query,
// nearest to $from first (within $options.maxDistance usable hops), then by relevance, one page after
// $options.after, private people left out for $options.caller. No row when $from is unknown or hidden from the
// caller; $from null searches without an asker.
CALL tsunagari.search($from, $options) YIELD hits, more
RETURN hits, more
