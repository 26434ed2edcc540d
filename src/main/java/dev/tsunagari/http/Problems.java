package dev.tsunagari.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tsunagari.graph.DatabaseUnavailable;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one exception mapper: every failure leaves the service as {@code application/problem+json}. Client errors
 * carry what went wrong and which field; server errors are logged once with their stack and answered with a
 * generic detail, never an exception message. Requests Jetty rejects before routing get the same shape from
 * {@link JettyProblems}.
 */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final Logger log = LoggerFactory.getLogger(Problems.class);

    private Problems() {}

    public static void register(JavalinConfig config) {
        config.routes.exception(ApiException.class, (e, ctx) -> write(ctx, e.status(), e.type(), e.title(),
                e.getMessage(), e.errors()));
        config.routes.exception(DatabaseUnavailable.class, Problems::unavailable);
        config.routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 405) {
                allowHeader(ctx, e);
            }
            write(ctx, e.getStatus(), "about:blank", titleFor(e.getStatus()), detailFor(ctx, e.getStatus()), List.of());
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            log.error("unhandled error on {} {}", ctx.method(), ctx.path(), e);
            write(ctx, 500, "about:blank", "Internal Server Error",
                    "The server could not complete the request; it has been logged.", List.of());
        });
        // Javalin answers unknown routes and wrong methods itself; these give its answers our shape.
        for (int status : new int[] {404, 405}) {
            config.routes.error(status, ctx -> {
                if (!isProblem(ctx)) {
                    write(ctx, status, "about:blank", titleFor(status), detailFor(ctx, status), List.of());
                }
            });
        }
        config.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblems()));
    }

    /**
     * Neo4j is down, hung, busy or cannot write: the client may try again (writes are idempotent) after
     * {@code Retry-After}. Logged in one line without a stack: the probe logs the outage itself.
     */
    private static void unavailable(DatabaseUnavailable e, Context ctx) {
        log.warn("{} {} answered {}: the database is unavailable ({})", ctx.method(), ctx.path(), e.status(), e.reason());
        ctx.header("Retry-After", Long.toString(Math.max(1, e.retryAfter().toSeconds())));
        String type = e.status() == 507 ? "/problems/storage-full" : "/problems/database-unavailable";
        write(ctx, e.status(), type, titleFor(e.status()),
                "The database is unavailable (" + e.reason() + "); try again in " + e.retryAfter().toSeconds() + " s.",
                List.of());
    }

    /** RFC 9110 wants the methods a 405 resource does allow; Javalin names the key differently for browsers. */
    private static void allowHeader(Context ctx, HttpResponseException e) {
        String allowed = e.getDetails().getOrDefault("availableMethods", e.getDetails().get("Available methods"));
        if (allowed != null) {
            ctx.header("Allow", String.join(", ", allowed.split("\\s*,\\s*")));
        }
    }

    private static boolean isProblem(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith(MEDIA_TYPE);
    }

    private static String detailFor(Context ctx, int status) {
        return switch (status) {
            case 404 -> "No resource at " + ctx.path();
            case 405 -> ctx.method() + " is not allowed on " + ctx.path();
            case 413 -> "The request body is larger than the service accepts.";
            default -> titleFor(status);
        };
    }

    static String titleFor(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 409 -> "Conflict";
            case 413 -> "Content too large";
            case 414 -> "URI too long";
            case 415 -> "Unsupported media type";
            case 422 -> "Cannot be processed";
            case 429 -> "Too many requests";
            case 431 -> "Request header fields too large";
            case 503 -> "Service unavailable";
            case 507 -> "Insufficient storage";
            default -> status >= 500 ? "Internal Server Error" : "Request failed";
        };
    }

    static void write(Context ctx, int status, String type, String title, String detail, List<FieldError> errors) {
        if (status == 401) {
            ctx.header("WWW-Authenticate", "Bearer");
        }
        ctx.status(status).contentType(MEDIA_TYPE).result(json(new Problem(type, title, status, detail, RequestIds.instance(ctx), errors)));
    }

    static byte[] json(Problem problem) {
        try {
            return Json.MAPPER.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a problem document", e);
        }
    }
}
