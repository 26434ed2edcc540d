package dev.tsunagari.paths;

import dev.tsunagari.finder.HopFilter;
import dev.tsunagari.http.Ids;
import dev.tsunagari.http.Params;
import dev.tsunagari.limits.TooBroad;
import io.javalin.http.Context;

/** HTTP in and out for {@code GET /api/paths}: checks the query string, then asks the {@link PathFinder}. */
public final class PathsController {
    public static final int DEFAULT_MAX_LENGTH = 6;
    public static final int MAX_LENGTH = 10;
    public static final int DEFAULT_LIMIT = 5;
    public static final int MAX_LIMIT = 100;
    private final PathFinder finder;

    public PathsController(PathFinder finder) {
        this.finder = finder;
    }

    public void get(Context ctx) {
        PathFinder.Query query = new PathFinder.Query(
                Ids.require("from", Params.required(ctx, "from")),
                Ids.require("to", Params.required(ctx, "to")),
                Params.integer(ctx, "maxLength", DEFAULT_MAX_LENGTH, 1, MAX_LENGTH),
                Params.integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT),
                HopFilter.from(ctx));
        ctx.json(TooBroad.guard("maxLength", "ask with a smaller maxLength or a higher minStrength", () -> finder.find(query)));
    }
}
