package dev.tsunagari.paths;

import dev.tsunagari.auth.Caller;
import dev.tsunagari.finder.HopFilter;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.Ids;
import dev.tsunagari.http.Params;
import dev.tsunagari.limits.TooBroad;
import dev.tsunagari.privacy.Visibility;
import io.javalin.http.Context;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** HTTP in and out for {@code GET /api/paths}: checks the query string, then asks the {@link PathFinder}. */
public final class PathsController {
    public static final int DEFAULT_MAX_LENGTH = 6;
    public static final int MAX_LENGTH = 10;
    public static final int DEFAULT_LIMIT = 5;
    public static final int MAX_LIMIT = 100;
    private final PathFinder finder;
    private final Visibility visibility;

    public PathsController(PathFinder finder, Visibility visibility) {
        this.finder = finder;
        this.visibility = visibility;
    }

    public void get(Context ctx) {
        PathFinder.Query query = new PathFinder.Query(
                Ids.require("from", Params.required(ctx, "from")),
                Ids.require("to", Params.required(ctx, "to")),
                Params.integer(ctx, "maxLength", DEFAULT_MAX_LENGTH, 1, MAX_LENGTH),
                Params.integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT),
                HopFilter.from(ctx));
        PathsAnswer answer = TooBroad.guard("maxLength", "ask with a smaller maxLength or a higher minStrength",
                () -> finder.find(query));
        ctx.json(visible(answer, query, Caller.of(ctx)));
    }

    /** A private person the caller may not see is 404 at either end and never on a path: such paths are left out. */
    private PathsAnswer visible(PathsAnswer answer, PathFinder.Query query, Caller caller) {
        Set<String> ids = new HashSet<>(List.of(query.from(), query.to()));
        answer.paths().forEach(p -> p.nodes().forEach(n -> ids.add(n.id())));
        Set<String> hidden = visibility.hidden(caller, ids);
        if (hidden.isEmpty()) {
            return answer;
        }
        for (String end : List.of(query.from(), query.to())) {
            if (hidden.contains(end)) {
                throw ApiException.notFound("No person with id " + end);
            }
        }
        List<BridgePath> shown = answer.paths().stream()
                .filter(p -> p.nodes().stream().noneMatch(n -> hidden.contains(n.id()))).toList();
        return shown.isEmpty() ? PathsAnswer.none() : new PathsAnswer(answer.length(), shown);
    }
}
