package dev.tsunagari.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.App;
import dev.tsunagari.config.Config;
import dev.tsunagari.config.DbTimeouts;
import dev.tsunagari.graph.Neo4jConnection;
import dev.tsunagari.config.Limits;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.PrometheusText;
import dev.tsunagari.support.StallingProxy;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Neo4j going away or hanging, with a real Neo4j behind a proxy that stops forwarding (as a stopped process or a
 * partition) or closes its port (as a killed one), and the real app over real HTTP in front.
 */
@Neo4jTest
class OutageTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** The bound of a call plus the second the issue allows. */
    private static final long BOUND_MILLIS = TIMEOUT.toMillis() + 1_000;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private StallingProxy proxy;
    private Neo4jConnection connection;
    private Javalin app;

    private void start(int concurrency) {
        URI target = URI.create(TestNeo4j.connection().embedded().map(e -> e.boltUri())
                .orElseGet(() -> System.getenv("NEO4J_URI")));
        proxy = new StallingProxy(target.getHost(), target.getPort());
        Map<String, String> env = new HashMap<>();
        env.put("NEO4J_URI", "bolt://127.0.0.1:" + proxy.port());
        TestNeo4j.boltPassword().or(() -> java.util.Optional.ofNullable(System.getenv("NEO4J_PASSWORD")))
                .ifPresent(password -> env.put("NEO4J_PASSWORD", password));
        connection = Neo4jConnection.open(Config.fromEnvironment(env),
                new DbTimeouts(TIMEOUT, Duration.ofMillis(200), concurrency));
        Config config = Config.fromEnvironment(Map.of()).withPort(0).withDataDir(Path.of("target", "test-data"))
                .withAdminToken(TestApi.TOKEN);
        app = App.create(config, connection.graph(), "external, through a proxy",
                Limits.DEFAULTS.withRequestsPerMinute(1_000_000));
        app.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        if (proxy != null) {
            proxy.resume();
        }
        if (app != null) {
            app.stop();
        }
        if (connection != null) {
            connection.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void aRequestWhileNeo4jHangsAnswers503WithRetryAfterWithinTheBound() {
        start(8);
        assertThat(send("PUT", "/api/people/hangs", "{\"name\": \"止まる 前 (Before)\"}").status()).isEqualTo(201);
        proxy.stall();

        for (Timed answer : List.of(send("GET", "/api/people/hangs", null),
                send("PUT", "/api/people/hangs", "{\"name\": \"止まった (Stalled)\"}"))) {
            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.response().headers().firstValue("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
            assertThat(answer.body()).contains("\"status\":503", "The database is unavailable",
                    "not answering within 2000 ms");
            assertThat(answer.millis()).as("answered in ms").isLessThan(BOUND_MILLIS);
        }
    }

    @Test
    void healthAnswersWithinOneSecondWhileTheProbeIsStuck() throws InterruptedException {
        start(8);
        assertThat(send("GET", "/health", null).body()).contains("\"status\":\"UP\"");
        proxy.stall();

        Timed last = null;
        long until = System.nanoTime() + Duration.ofSeconds(4).toNanos();
        while (System.nanoTime() < until) {
            last = send("GET", "/health", null);
            assertThat(last.millis()).as("/health answered in ms").isLessThan(1_000);
            Thread.sleep(100);
        }
        assertThat(last.status()).isEqualTo(503);
        assertThat(last.body()).contains("\"status\":\"DOWN\"", "\"reason\":\"not answering within 2000 ms\"");
    }

    @Test
    void requestsBeyondTheBulkheadAreRefusedAtOnceWhileHealthAndMetricsStillAnswer() throws Exception {
        start(2);
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            // Warm: the first requests of a fresh server and client are slow for reasons of their own.
            CompletableFuture.allOf(java.util.stream.IntStream.range(0, 6).mapToObj(i -> CompletableFuture.runAsync(
                    () -> send("GET", "/api/people/me", null), clients)).toArray(CompletableFuture[]::new)).join();
            proxy.stall();
            List<CompletableFuture<Timed>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> send("GET", "/api/people/me", null), clients));
            }
            Thread.sleep(500);
            Timed health = send("GET", "/health", null);
            Timed metrics = send("GET", "/metrics", null);
            assertThat(health.millis()).isLessThan(1_000);
            assertThat(metrics.status()).isEqualTo(200);
            assertThat(metrics.millis()).isLessThan(1_000);
            assertThat(PrometheusText.sum(metrics.body(), "tsunagari_neo4j_calls_active", Map.of())).isEqualTo(2);

            List<Timed> all = new ArrayList<>();
            for (CompletableFuture<Timed> answer : answers) {
                all.add(answer.get());
            }
            assertThat(all).allSatisfy(answer -> {
                assertThat(answer.status()).isEqualTo(503);
                assertThat(answer.response().headers().firstValue("Retry-After")).isPresent();
                assertThat(answer.millis()).isLessThan(BOUND_MILLIS);
            });
            List<Timed> refused = all.stream().filter(a -> a.body().contains("busy: 2 requests already wait on it")).toList();
            assertThat(refused).as("refused at once, beyond the two that wait").hasSizeGreaterThanOrEqualTo(4)
                    .allSatisfy(answer -> assertThat(answer.millis()).isLessThan(1_000));
            assertThat(PrometheusText.sum(send("GET", "/metrics", null).body(), "tsunagari_neo4j_calls_refused_total",
                    Map.of())).isGreaterThanOrEqualTo(4);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void theServiceAnswersAgainWithinSecondsOfNeo4jAnsweringAgain() throws InterruptedException {
        start(8);
        proxy.stall();
        assertThat(send("GET", "/api/people/me", null).status()).isEqualTo(503);
        proxy.resume();

        long resumed = System.nanoTime();
        Timed answer = send("PUT", "/api/people/back", "{\"name\": \"戻った (Back)\"}");
        while (answer.status() != 201 && System.nanoTime() - resumed < Duration.ofSeconds(5).toNanos()) {
            Thread.sleep(100);
            answer = send("PUT", "/api/people/back", "{\"name\": \"戻った (Back)\"}");
        }
        assertThat(answer.status()).isEqualTo(201);
        Thread.sleep(500);
        assertThat(send("GET", "/health", null).body()).contains("\"status\":\"UP\"");
        String metrics = send("GET", "/metrics", null).body();
        assertThat(PrometheusText.sum(metrics, "tsunagari_neo4j_outages_total", Map.of())).isEqualTo(1);
        assertThat(PrometheusText.sum(metrics, "tsunagari_neo4j_up", Map.of())).isEqualTo(1);
    }

    @Test
    void aRequestWhenNeo4jIsGoneAnswers503UnreachableAndRecoversWhenItIsBack() throws InterruptedException {
        start(8);
        proxy.cut();

        Timed gone = send("GET", "/api/people/me", null);
        assertThat(gone.status()).isEqualTo(503);
        assertThat(gone.body()).contains("The database is unavailable");
        assertThat(gone.response().headers().firstValue("Retry-After")).isPresent();
        assertThat(gone.millis()).isLessThan(BOUND_MILLIS);
        Thread.sleep(500);
        assertThat(send("GET", "/health", null).body()).contains("\"status\":\"DOWN\"", "\"reason\":\"unreachable\"");

        proxy.restore();
        long restored = System.nanoTime();
        Timed back = send("PUT", "/api/people/again", "{\"name\": \"また (Again)\"}");
        while (back.status() != 201 && System.nanoTime() - restored < Duration.ofSeconds(5).toNanos()) {
            Thread.sleep(100);
            back = send("PUT", "/api/people/again", "{\"name\": \"また (Again)\"}");
        }
        assertThat(back.status()).isEqualTo(201);
    }

    private record Timed(HttpResponse<String> response, long millis) {
        int status() {
            return response.statusCode();
        }

        String body() {
            return response.body();
        }

        String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }
    }

    private Timed send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + TestApi.TOKEN)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Timed(response, (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
