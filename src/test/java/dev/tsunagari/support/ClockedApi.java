package dev.tsunagari.support;

import dev.tsunagari.App;
import dev.tsunagari.config.Config;
import dev.tsunagari.config.IntroductionSettings;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The real app over real HTTP, like {@link TestApi}, but on a {@link MutableClock} (reset to {@link #START} by
 * {@link #reset()}) and with request headers: {@code X-Acting-As} through {@link #as}, any other through
 * {@link Call#header}. One per test JVM, against {@link TestNeo4j}, with the default introduction settings.
 */
public final class ClockedApi {
    public static final Instant START = Instant.parse("2026-11-02T09:00:00Z");
    public static final MutableClock CLOCK = new MutableClock(START);
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static Javalin app;

    private ClockedApi() {}

    public static void reset() {
        CLOCK.set(START);
    }

    static synchronized String baseUrl() {
        if (app == null) {
            Config config = Config.fromEnvironment(Map.of()).withPort(0)
                    .withDataDir(Path.of("target", "test-data")).withAdminToken(TestApi.TOKEN);
            app = App.create(config, TestNeo4j.graph(), "test, " + TestNeo4j.BACKEND, CLOCK, IntroductionSettings.DEFAULTS,
                    TestApi.LIMITS);
            app.start("127.0.0.1", 0);
            Runtime.getRuntime().addShutdownHook(new Thread(app::stop));
        }
        return "http://127.0.0.1:" + app.port();
    }

    /** Requests made as the admin (no {@code X-Acting-As}). */
    public static Call admin() {
        return new Call(new LinkedHashMap<>());
    }

    /** Requests made as one person ({@code X-Acting-As: id}). */
    public static Call as(String personId) {
        return admin().header("X-Acting-As", personId);
    }

    /** A way of calling: the headers every request of it carries. */
    public record Call(Map<String, String> headers) {
        public Call header(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Call(more);
        }

        public TestApi.Response get(String path) {
            return send("GET", path, null);
        }

        public TestApi.Response post(String path, String body) {
            return send("POST", path, body);
        }

        public TestApi.Response put(String path, String body) {
            return send("PUT", path, body);
        }

        public TestApi.Response delete(String path) {
            return send("DELETE", path, null);
        }

        public TestApi.Response send(String method, String path, String body) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .header("Authorization", "Bearer " + TestApi.TOKEN);
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            headers.forEach(request::header);
            try {
                HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new TestApi.Response(response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(""), response.body(), response);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
