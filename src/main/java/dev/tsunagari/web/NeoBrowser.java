package dev.tsunagari.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.http.staticfiles.StaticFileConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    private static final String INDEX = index();

    private NeoBrowser() {}

    private static String index() {
        try (InputStream in = NeoBrowser.class.getClassLoader().getResourceAsStream("browser/index.html")) {
            if (in == null) {
                throw new IllegalStateException("The neo4j-browser jar is missing from the classpath (browser/index.html)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code /browser/} is its page; {@code /browser} redirects there, since its files are addressed relative to the
     * slash. One route for both, because the router ignores a trailing slash.
     */
    public static void page(Context ctx) {
        if (!ctx.path().endsWith("/")) {
            ctx.header("Location", "/browser/").status(HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY).html(INDEX);
    }

    public static void configure(StaticFileConfig files) {
        files.hostedPath = "/browser";
        files.directory = "/browser";
        files.location = Location.CLASSPATH;
        files.headers = Map.of("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    }
}
