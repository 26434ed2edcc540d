package dev.tsunagari.http;

import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * Headers every response carries, set by Jetty for each request before any handler runs, so static files, problems
 * and Jetty's own refusals carry them too: {@code nosniff} (a JSON answer holding a name like {@code <script>} is
 * never read as HTML) and no referrer (shared links carry what was searched for). The HTML pages add their own
 * Content-Security-Policy: {@link #DOCS_CSP} here, the web page and the Browser beside their files.
 */
public final class SecurityHeaders {
    static final String NOSNIFF = "nosniff";
    static final String NO_REFERRER = "no-referrer";
    /** Swagger UI: its own files only; it styles itself with inline styles and shows data: images. */
    public static final String DOCS_CSP = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private SecurityHeaders() {}

    public static void register(JavalinConfig javalin) {
        javalin.jetty.modifyHttpConfiguration(http -> http.addCustomizer(new Always()));
    }

    static void addTo(HttpFields.Mutable headers) {
        headers.put("X-Content-Type-Options", NOSNIFF);
        headers.put("Referrer-Policy", NO_REFERRER);
    }

    private static final class Always implements HttpConfiguration.Customizer {
        @Override
        public Request customize(Request request, HttpFields.Mutable responseHeaders) {
            addTo(responseHeaders);
            return request;
        }
    }
}
