package dev.tsunagari.web;

import io.javalin.http.staticfiles.Location;
import io.javalin.http.staticfiles.StaticFileConfig;
import java.util.Map;

/**
 * Neo4j Browser at {@code /browser}, served from the {@code org.neo4j.client:neo4j-browser} jar (its files sit under
 * {@code browser/}). It talks to Neo4j itself, from the user's browser, over Bolt on a WebSocket: that only reaches
 * the embedded Neo4j from this machine (Bolt listens on 127.0.0.1) and only with the Bolt password. Its policy lets
 * it open that WebSocket and use the inline styles and workers it is built with; nothing from other sites.
 */
public final class NeoBrowser {
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "worker-src 'self' blob:",
            "connect-src 'self' ws://127.0.0.1:* ws://localhost:* wss://127.0.0.1:* wss://localhost:*",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private NeoBrowser() {}

    public static void configure(StaticFileConfig files) {
        files.hostedPath = "/browser";
        files.directory = "/browser";
        files.location = Location.CLASSPATH;
        files.headers = Map.of("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    }
}
