package dev.tsunagari.finder;

import dev.tsunagari.auth.Caller;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.limits.TooBroad;
import io.javalin.http.ContentType;
import io.javalin.http.Context;

/** {@code GET /api/intermediaries}: who among the people you know could connect you to a kind of person. */
public final class IntermediariesController {
    private final IntermediaryFinder finder;

    public IntermediariesController(IntermediaryFinder finder) {
        this.finder = finder;
    }

    public void get(Context ctx) {
        IntermediariesQuery query = IntermediariesQuery.from(ctx);
        Caller caller = Caller.of(ctx);
        String answer = TooBroad.guard("maxHops", "ask with maxHops=1, a more specific kind or more tags",
                () -> finder.find(query, caller))
                .orElseThrow(() -> ApiException.notFound("No person with id " + query.from()));
        ctx.contentType(ContentType.APPLICATION_JSON).result(answer);
    }
}
