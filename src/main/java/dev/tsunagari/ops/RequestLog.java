package dev.tsunagari.ops;

import dev.tsunagari.http.RequestIds;
import static net.logstash.logback.argument.StructuredArguments.kv;

import dev.tsunagari.metrics.Metrics;
import io.javalin.http.Context;
import io.javalin.config.JavalinState;
import io.javalin.router.Endpoint;
import io.javalin.router.ParsedEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One log line and one latency sample per finished request: method, route template, status, duration and
 * request id, as separate fields in JSON logs. It names the route template, not the path, and nothing from the
 * query or the body, so no person's data (ids, email, phone, notes, search text) reaches the log.
 */
public final class RequestLog {
    private static final Logger log = LoggerFactory.getLogger("http");
    private final Metrics metrics;
    private final JavalinState state;

    RequestLog(Metrics metrics, JavalinState state) {
        this.metrics = metrics;
        this.state = state;
    }

    void finished(Context ctx, Float executionMillis) {
        String route = route(ctx);
        int status = ctx.statusCode();
        double millis = Math.round(executionMillis * 10) / 10.0;
        metrics.request(ctx.method().name(), route, status, (long) (executionMillis * 1_000_000));
        String requestId = RequestIds.of(ctx);
        // The id goes in as plain text: JSON logs carry it as a field from the MDC (set again here in case
        // Javalin finishes the request on another thread than the one that began it).
        MDC.put(RequestIds.MDC_KEY, requestId);
        log.info("{} {} {} {} requestId={}", kv("method", ctx.method().name()), kv("route", route),
                kv("status", status), kv("durationMs", millis), requestId);
        MDC.remove(RequestIds.MDC_KEY);
    }

    /**
     * The route template. A request refused before it reached its route (a 401 from the bearer guard) is named by
     * the route it asked for; static files are {@code static} and any other path {@code unmatched}, so that paths
     * never become labels.
     */
    String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint != null) {
            return endpoint.path;
        }
        ParsedEndpoint asked = state.internalRouter.findFirstHttpHandlerEntry(ctx.method(), ctx.path());
        if (asked != null) {
            return asked.endpoint.path;
        }
        return ctx.statusCode() < 400 ? "static" : "unmatched";
    }
}
