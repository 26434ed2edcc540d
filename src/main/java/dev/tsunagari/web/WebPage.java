package dev.tsunagari.web;

import io.javalin.http.staticfiles.Location;
import io.javalin.http.staticfiles.StaticFileConfig;
import java.util.Map;

/**
 * The web page at {@code /}: plain files from {@code public/} in the jar, its libraries from webjars. They are
 * served under a Content-Security-Policy that admits scripts, styles and requests from this service only, so an
 * injected name or note can never run as code, and the page itself cannot quietly start using inline code or a
 * CDN: the browser tests would see it break.
 */
public final class WebPage {
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private WebPage() {}

    public static void configure(StaticFileConfig files) {
        files.hostedPath = "/";
        files.directory = "/public";
        files.location = Location.CLASSPATH;
        // nosniff and no-referrer come with every response (SecurityHeaders).
        files.headers = Map.of("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    }
}
