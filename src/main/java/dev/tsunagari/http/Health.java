package dev.tsunagari.http;

import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /health}: UP only when Neo4j answers a query. */
public final class Health {
    private static final Logger log = LoggerFactory.getLogger(Health.class);
    private final Graph graph;
    private final Cypher ping;
    private final String mode;

    public Health(Graph graph, CypherFiles files, String mode) {
        this.graph = graph;
        this.ping = files.get("graph/ping");
        this.mode = mode;
    }

    /** The health document. */
    public record Status(String status, String neo4j) {}

    public void get(Context ctx) {
        try {
            graph.probe(ping);
            ctx.json(new Status("UP", mode));
        } catch (RuntimeException e) {
            log.warn("health check failed: {}", e.toString());
            ctx.status(503).json(new Status("DOWN", mode));
        }
    }
}
