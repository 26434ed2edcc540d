package dev.tsunagari.ops;

import dev.tsunagari.http.RequestIds;
import dev.tsunagari.metrics.Metrics;
import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * What the service needs to be run by someone else: request ids, one log line and one latency sample per
 * request, and a graceful stop (on SIGTERM, requests in flight finish, for up to {@link #STOP_TIMEOUT_MS}).
 * Registered before the other handlers so that even a refused request is logged with its id.
 */
public final class Operations {
    public static final long STOP_TIMEOUT_MS = 20_000;

    private Operations() {}

    public static void register(JavalinConfig javalin, Metrics metrics) {
        RequestLog requestLog = new RequestLog(metrics, javalin.unsafe);
        javalin.routes.before(RequestIds::assign);
        javalin.requestLogger.http(requestLog::finished);
        javalin.jetty.modifyServer(server -> {
            server.setHandler(new GracefulHandler());
            server.setStopTimeout(STOP_TIMEOUT_MS);
        });
    }
}
