package dev.tsunagari.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tsunagari.App;
import dev.tsunagari.config.Config;
import dev.tsunagari.config.Limits;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The real app over real HTTP on a free port, against {@link TestNeo4j}; one per test JVM. */
public final class TestApi {
    public static final String TOKEN = "test-admin-token";
    /** The whole suite sends thousands of requests with one token: the rate limit is tested on its own app. */
    public static final Limits LIMITS = Limits.DEFAULTS.withRequestsPerMinute(1_000_000);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Javalin app;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private TestApi() {}

    public static synchronized String baseUrl() {
        if (app == null) {
            Config config = Config.fromEnvironment(Map.of())
                    .withPort(0)
                    .withDataDir(Path.of("target", "test-data"))
                    .withAdminToken(TOKEN);
            app = App.create(config, TestNeo4j.graph(), "test, " + TestNeo4j.BACKEND, LIMITS);
            app.start("127.0.0.1", 0);
            Runtime.getRuntime().addShutdownHook(new Thread(app::stop));
        }
        return "http://127.0.0.1:" + app.port();
    }

    /** A response: status, content type and body (parsed when it is JSON). */
    public record Response(int status, String contentType, String text, HttpResponse<String> raw) {
        public JsonNode json() {
            try {
                return JSON.readTree(text);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + text, e);
            }
        }
    }

    public static Response get(String path) {
        return send("GET", path, null, TOKEN);
    }

    public static Response put(String path, String body) {
        return send("PUT", path, body, TOKEN);
    }

    public static Response post(String path, String body) {
        return send("POST", path, body, TOKEN);
    }

    public static Response patch(String path, String body) {
        return send("PATCH", path, body, TOKEN);
    }

    public static Response delete(String path) {
        return send("DELETE", path, null, TOKEN);
    }

    public static Response send(String method, String path, String body, String token) {
        return sendBytes(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), token);
    }

    public static Response sendBytes(String method, String path, byte[] body, String token) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        return exchange(method, path, body, false, headers);
    }

    /**
     * Sends exactly these headers and bytes ({@code chunked}: without a length, as a stream), then checks the answer
     * against the OpenAPI document: every response any test sees is one the document promises.
     */
    public static Response exchange(String method, String path, byte[] body, boolean chunked, Map<String, String> headers) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).method(method, publisher);
        headers.forEach(request::header);
        Response response;
        try {
            HttpResponse<String> raw = send(request.build());
            response = new Response(raw.statusCode(), raw.headers().firstValue("Content-Type").orElse(""), raw.body(), raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        checkContract(method, path, body, headers.get("Content-Type"), response);
        return response;
    }

    /**
     * Sends once more when the pooled connection turns out to be one the server already closed (after a 413 or an
     * unreadable request Jetty drops the connection); the server never saw the first attempt.
     */
    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            if (e.getMessage() == null || !e.getMessage().contains("received no bytes")) {
                throw e;
            }
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static void checkContract(String method, String path, byte[] body, String contentType, Response response) {
        List<String> violations = new ArrayList<>(OpenApiContract.violations(method, path, response));
        if (response.status() < 300 && body != null) {
            OpenApiContract.operation(method, path).ifPresent(op -> violations.addAll(OpenApiContract.requestViolations(
                    op, contentType, new String(body, StandardCharsets.UTF_8))));
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("The answer breaks the OpenAPI document:\n  " + String.join("\n  ", violations));
        }
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
