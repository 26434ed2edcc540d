package dev.tsunagari.paths;

import dev.tsunagari.auth.Caller;
import dev.tsunagari.finder.HopFilter;
import dev.tsunagari.http.Ids;
import dev.tsunagari.http.Params;
import dev.tsunagari.limits.TooBroad;
import dev.tsunagari.tiegraph.PathSearch;
import io.javalin.http.Context;

/**
 * HTTP in and out for {@code GET /api/paths}: checks the query string, then asks the {@link PathFinder}, which
 * applies privacy for the caller (a private person they may not see is 404 at either end and never on a path).
 */
public final class PathsController {
    private final PathFinder finder;

    public PathsController(PathFinder finder) {
        this.finder = finder;
    }

    public void get(Context ctx) {
        PathFinder.Query query = new PathFinder.Query(
                Ids.require("from", Params.required(ctx, "from")),
                Ids.require("to", Params.required(ctx, "to")),
                Params.integer(ctx, "maxLength", PathSearch.DEFAULT_MAX_LENGTH, 1, PathSearch.MAX_LENGTH),
                Params.integer(ctx, "limit", PathSearch.DEFAULT_LIMIT, 1, PathSearch.MAX_LIMIT),
                HopFilter.from(ctx));
        Caller caller = Caller.of(ctx);
        PathsAnswer answer = TooBroad.guard("maxLength", "ask with a smaller maxLength or a higher minStrength",
                () -> finder.find(query, caller));
        ctx.json(answer);
    }
}
