package dev.tsunagari.relationships;

import dev.tsunagari.http.Params;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/**
 * The finder's usable-hop rule as query parameters ({@code minStrength}, default 0; {@code includeWeak},
 * default false): a KNOWS or TRUSTS tie in either direction, strong enough, and not only a card exchange.
 */
record UsableHop(double minStrength, boolean includeWeak) {
    static UsableHop from(Context ctx) {
        return new UsableHop(Params.decimal(ctx, "minStrength", 0.0, 0.0, 1.0), Params.bool(ctx, "includeWeak", false));
    }

    Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        params.put("minStrength", minStrength);
        params.put("includeWeak", includeWeak);
        return params;
    }
}
