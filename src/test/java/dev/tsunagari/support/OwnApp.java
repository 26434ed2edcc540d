package dev.tsunagari.support;

import dev.tsunagari.App;
import dev.tsunagari.config.Config;
import dev.tsunagari.config.Limits;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

/**
 * The real app under limits of a test's own (a low rate limit, a short time limit) on a free port, beside the
 * shared {@link TestApi}; stopped by {@link #close}. Answers are not checked against the OpenAPI document here.
 */
public final class OwnApp implements AutoCloseable {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private final Javalin app;

    public OwnApp(Limits limits) {
        Config config = Config.fromEnvironment(Map.of()).withPort(0)
                .withDataDir(Path.of("target", "test-data")).withAdminToken(TestApi.TOKEN);
        this.app = App.create(config, TestNeo4j.graph(), "test, " + TestNeo4j.BACKEND, limits);
        app.start("127.0.0.1", 0);
    }

    public HttpResponse<String> send(String method, String path, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null, TestApi.TOKEN);
    }

    @Override
    public void close() {
        app.stop();
    }
}
