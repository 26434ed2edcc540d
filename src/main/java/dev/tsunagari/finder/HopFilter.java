package dev.tsunagari.finder;

import dev.tsunagari.http.Params;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/**
 * Which ties count as usable hops for one request ({@code minStrength}, {@code includeWeak}), as read from the
 * query string and as Cypher parameters. Every finder statement applies the same predicate:
 * {@code r.strength >= $minStrength AND ($includeWeak OR r.context IS NULL OR r.context <> 'card-exchange')}.
 */
public record HopFilter(double minStrength, boolean includeWeak) {
    public static HopFilter from(Context ctx) {
        return new HopFilter(
                Params.decimal(ctx, "minStrength", 0.0, 0.0, 1.0),
                Params.bool(ctx, "includeWeak", false));
    }

    public Map<String, Object> parameters() {
        Map<String, Object> params = new HashMap<>();
        params.put("minStrength", minStrength);
        params.put("includeWeak", includeWeak);
        return params;
    }
}
