package dev.tsunagari.relationships;

import java.util.HashMap;
import java.util.Map;

/**
 * The finder's usable-hop rule as query parameters ({@code minStrength}, default 0; {@code includeWeak},
 * default false; read by the controller): a KNOWS or TRUSTS tie in either direction, strong enough, and not only a card exchange.
 */
record UsableHop(double minStrength, boolean includeWeak) {
    Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        params.put("minStrength", minStrength);
        params.put("includeWeak", includeWeak);
        return params;
    }
}
