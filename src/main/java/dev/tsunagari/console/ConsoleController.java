package dev.tsunagari.console;

import dev.tsunagari.auth.Access;
import dev.tsunagari.auth.Caller;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.Json;
import dev.tsunagari.http.Validation;
import io.javalin.http.Context;
import java.util.Map;

/** {@code POST /api/cypher}: a read-only, time-limited Cypher console for admins. */
public final class ConsoleController {
    static final int MAX_QUERY_LENGTH = 20_000;
    private final CypherConsole console;

    public ConsoleController(CypherConsole console) {
        this.console = console;
    }

    public void post(Context ctx) {
        Access.requireAdmin(Caller.of(ctx));
        ConsoleRequest request = Json.body(ctx, ConsoleRequest.class);
        Validation check = new Validation();
        String query = check.paragraph("query", request.query(), MAX_QUERY_LENGTH);
        if (query == null) {
            check.add("query", "is required");
        }
        check.throwIfInvalid();
        Map<String, Object> parameters = ConsoleParameters.from(request.parameters());
        ctx.json(console.run(query, parameters));
    }
}
