package dev.tsunagari.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tsunagari.ops.RequestIds;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one exception mapper: every failure leaves the service as {@code application/problem+json}. Client errors
 * carry what went wrong and which field; server errors are logged once with their stack and answered with a
 * generic detail, never an exception message.
 */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final Logger log = LoggerFactory.getLogger(Problems.class);

    private Problems() {}

    public static void register(JavalinConfig config) {
        config.routes.exception(ApiException.class, (e, ctx) -> write(ctx, e.status(), e.type(), e.title(),
                e.getMessage(), e.errors()));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, e.getStatus(), "about:blank",
                titleFor(e.getStatus()), detailFor(e), List.of()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            log.error("unhandled error on {} {}", ctx.method(), ctx.path(), e);
            write(ctx, 500, "about:blank", "Internal Server Error",
                    "The server could not complete the request; it has been logged.", List.of());
        });
        config.routes.error(404, ctx -> {
            if (!isProblem(ctx)) {
                write(ctx, 404, "about:blank", "Not found", "No resource at " + ctx.path(), List.of());
            }
        });
        config.routes.error(405, ctx -> {
            if (!isProblem(ctx)) {
                write(ctx, 405, "about:blank", "Method not allowed",
                        ctx.method() + " is not allowed on " + ctx.path(), List.of());
            }
        });
    }

    private static boolean isProblem(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith(MEDIA_TYPE);
    }

    private static String detailFor(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 413 -> "The request body is larger than the service accepts.";
            case 404 -> "Not found.";
            default -> e.getMessage() == null || e.getMessage().isBlank() ? titleFor(e.getStatus()) : e.getMessage();
        };
    }

    private static String titleFor(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 409 -> "Conflict";
            case 413 -> "Content too large";
            case 415 -> "Unsupported media type";
            case 422 -> "Cannot be processed";
            case 429 -> "Too many requests";
            case 503 -> "Service unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Request failed";
        };
    }

    static void write(Context ctx, int status, String type, String title, String detail, List<FieldError> errors) {
        Problem problem = new Problem(type, title, status, detail, RequestIds.instance(ctx), errors);
        if (status == 401) {
            ctx.header("WWW-Authenticate", "Bearer");
        }
        try {
            ctx.status(status).contentType(MEDIA_TYPE).result(Json.MAPPER.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a problem document", e);
        }
    }
}
