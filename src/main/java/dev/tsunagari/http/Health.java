package dev.tsunagari.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tsunagari.graph.Neo4jProbe;
import io.javalin.http.Context;

/**
 * {@code GET /health}: UP only when Neo4j answered the last probe. It reads the probe's kept answer
 * ({@link Neo4jProbe}) and never waits on Neo4j, so it answers at once even while Neo4j hangs.
 */
public final class Health {
    private final Neo4jProbe probe;
    private final String mode;

    public Health(Neo4jProbe probe, String mode) {
        this.probe = probe;
        this.mode = mode;
    }

    /** The health document; {@code reason} says why when DOWN ("unreachable", "not answering within 2000 ms"). */
    public record Status(String status, String neo4j, @JsonInclude(JsonInclude.Include.NON_EMPTY) String reason) {}

    public void get(Context ctx) {
        Neo4jProbe.State state = probe.state();
        if (state.up()) {
            ctx.json(new Status("UP", mode, ""));
        } else {
            ctx.status(503).json(new Status("DOWN", mode, state.reason()));
        }
    }
}
