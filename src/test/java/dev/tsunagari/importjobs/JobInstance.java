package dev.tsunagari.importjobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tsunagari.App;
import dev.tsunagari.config.Config;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One instance of the real app on the shared test database with a data directory of its own, over real HTTP: a
 * test stops it and starts another on the same database and directory, as a deploy does.
 */
final class JobInstance implements AutoCloseable {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Javalin app;
    private boolean stopped;

    JobInstance(Path dataDir) {
        Config config = Config.fromEnvironment(Map.of()).withPort(0).withDataDir(dataDir).withAdminToken(TestApi.TOKEN);
        app = App.create(config, TestNeo4j.graph(), "test, " + TestNeo4j.BACKEND, TestApi.LIMITS);
        app.start("127.0.0.1", 0);
    }

    HttpResponse<String> post(String path, byte[] body) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json"));
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    JsonNode json(String path) {
        try {
            return JSON.readTree(get(path).body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Polls the job until it has reached one of {@code statuses} (or two minutes have gone). */
    JsonNode waitFor(String location, String... statuses) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            JsonNode job = json(location);
            String status = job.get("status").asText();
            if (List.of(statuses).contains(status) || System.currentTimeMillis() > deadline) {
                return job;
            }
            Thread.sleep(20);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Authorization", "Bearer " + TestApi.TOKEN);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (!stopped) {
            stopped = true;
            app.stop();
        }
    }
}
