package dev.tsunagari.ops;

import dev.tsunagari.http.RequestIds;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tsunagari.support.ChildService;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The service in its own JVM with {@code TSUNAGARI_LOG_FORMAT=json}: what its log says, and how it stops. */
@Tag("process")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceProcessTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PRIVATE = List.of(
            "kumiko.hidden@example.test", "+81-90-5555-0199", "秘密のメモ", "secret-note-7731");
    private final HttpClient http = HttpClient.newHttpClient();
    private ChildService service;

    @TempDir
    static Path data;

    @BeforeAll
    void start() {
        service = ChildService.start(data, Map.of("TSUNAGARI_LOG_FORMAT", "json"));
    }

    @AfterAll
    void close() {
        service.close();
    }

    @Test
    @Order(1)
    void jsonLogsHaveOneLinePerRequestAndNoPrivateFields() throws Exception {
        String person = """
                {"name": "山本 久美子", "email": "kumiko.hidden@example.test", "phone": "+81-90-5555-0199",
                 "notes": "秘密のメモ secret-note-7731"}""";
        assertThat(send("PUT", "/api/people/kumiko", person, "trace-put-1").statusCode()).isEqualTo(201);
        assertThat(send("PATCH", "/api/people/kumiko", "{\"notes\": \"秘密のメモ again\"}", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/people?q=" + java.net.URLEncoder.encode("秘密のメモ", StandardCharsets.UTF_8), null, null)
                .statusCode()).isEqualTo(200);
        assertThat(send("PUT", "/api/people/kumiko", "{\"name\": \"x\", \"email\": \"kumiko.hidden@example.test\", "
                + "\"unknown\": \"+81-90-5555-0199\"}", null).statusCode()).isEqualTo(400);
        assertThat(send("PUT", "/api/people/kumiko", "{\"name\": \"secret-note-7731", null).statusCode()).isEqualTo(400);
        assertThat(send("POST", "/api/people", person.replace("山本", "\u0000"), null).statusCode()).isBetween(200, 499);

        List<JsonNode> requests = awaitRequestLines(6);
        for (String line : service.lines()) {
            if (line.startsWith("{")) {
                assertThat(JSON.readTree(line).has("@timestamp")).as(line).isTrue();
            }
            for (String secret : PRIVATE) {
                assertThat(line).as("log line").doesNotContain(secret);
            }
        }
        JsonNode first = requests.stream().filter(r -> r.path("requestId").asText().equals("trace-put-1")).findFirst()
                .orElseThrow(() -> new AssertionError("no line for trace-put-1 in\n" + service.output()));
        assertThat(first.get("method").asText()).isEqualTo("PUT");
        assertThat(first.get("route").asText()).isEqualTo("/api/people/{id}");
        assertThat(first.get("status").asInt()).isEqualTo(201);
        assertThat(first.get("durationMs").asDouble()).isPositive();
        assertThat(first.get("level").asText()).isEqualTo("INFO");
    }

    @Test
    @Order(2)
    void sigtermLetsARequestInFlightFinish() throws Exception {
        CountDownLatch halfSent = new CountDownLatch(1);
        byte[] body = "{\"name\": \"ゆっくり届く人\", \"headline\": \"sent slowly\"}".getBytes(StandardCharsets.UTF_8);
        HttpRequest slow = HttpRequest.newBuilder(service.uri("/api/people/slow"))
                .header("Authorization", "Bearer " + ChildService.TOKEN)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new SlowBody(body, halfSent)))
                .build();
        CompletableFuture<HttpResponse<String>> response = http.sendAsync(slow, HttpResponse.BodyHandlers.ofString());
        assertThat(halfSent.await(30, TimeUnit.SECONDS)).isTrue();

        long stopping = System.nanoTime();
        service.sendStop();
        HttpResponse<String> answer = response.get(60, TimeUnit.SECONDS);
        service.awaitExit();
        System.out.println("graceful stop with a request in flight took "
                + (System.nanoTime() - stopping) / 1_000_000 + " ms");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(answer.body()).contains("ゆっくり届く人");
        List<String> lines = service.lines();
        int stoppingAt = indexOf(lines, "\"message\":\"stopping\"");
        assertThat(stoppingAt).as("the stop is logged").isNotNegative();
        assertThat(lines.subList(stoppingAt, lines.size()))
                .as("the request that was in flight is logged after the stop began")
                .anyMatch(line -> line.contains("\"route\":\"/api/people/{id}\",\"status\":201"));
    }

    private static int indexOf(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }

    private HttpResponse<String> send(String method, String path, String body, String requestId)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.uri(path))
                .header("Authorization", "Bearer " + ChildService.TOKEN)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (requestId != null) {
            request.header(RequestIds.HEADER, requestId);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<JsonNode> awaitRequestLines(int atLeast) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<JsonNode> requests = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            requests.clear();
            for (String line : service.lines()) {
                if (line.startsWith("{")) {
                    JsonNode node = JSON.readTree(line);
                    if ("http".equals(node.path("logger_name").asText())) {
                        requests.add(node);
                    }
                }
            }
            if (requests.size() >= atLeast) {
                return requests;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("fewer than " + atLeast + " request lines in\n" + service.output());
    }

    /** A request body that takes about two seconds to send, and says when half of it is out. */
    private static final class SlowBody extends InputStream {
        private final byte[] body;
        private final CountDownLatch halfSent;
        private int position;

        SlowBody(byte[] body, CountDownLatch halfSent) {
            this.body = body;
            this.halfSent = halfSent;
        }

        @Override
        public int read() {
            if (position >= body.length) {
                return -1;
            }
            if (position == body.length / 2) {
                halfSent.countDown();
            }
            try {
                Thread.sleep(2000 / body.length);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return body[position++] & 0xff;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            int next = read();
            if (next < 0) {
                return -1;
            }
            into[offset] = (byte) next;
            return 1;
        }
    }
}
