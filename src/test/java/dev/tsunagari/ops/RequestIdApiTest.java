package dev.tsunagari.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

@Neo4jTest
class RequestIdApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger requests = (Logger) LoggerFactory.getLogger("http");
    private Level quietLevel;

    /** The tests keep request lines quiet (logback-test.xml); here they are what is tested. */
    @BeforeEach
    void captureLogs() {
        quietLevel = requests.getLevel();
        requests.setLevel(Level.INFO);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void stopCapturing() {
        root.detachAppender(captured);
        requests.setLevel(quietLevel);
    }

    @Test
    void aValidRequestIdIsEchoedAndNamedInTheProblemInstance() throws Exception {
        HttpResponse<String> response = send("GET", "/api/people/nobody-here", null, "trace-42:a@b");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("X-Request-Id")).contains("trace-42:a@b");
        String instance = JSON.readTree(response.body()).get("instance").asText();
        assertThat(instance).isEqualTo("/api/people/nobody-here#request-trace-42:a@b");
        URI parsed = URI.create(instance);
        assertThat(parsed.getPath()).isEqualTo("/api/people/nobody-here");
        assertThat(parsed.getFragment()).isEqualTo("request-trace-42:a@b");
    }

    @Test
    void anInvalidRequestIdIsReplacedNotEchoed() throws Exception {
        HttpResponse<String> response = send("GET", "/api/people/nobody-here", null, "has spaces<and>".repeat(2));
        String id = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(id).matches("[0-9a-f]{24}");
        assertThat(JSON.readTree(response.body()).get("instance").asText()).endsWith("#request-" + id);
        assertThat(send("GET", "/health", null, "x".repeat(129)).headers().firstValue("X-Request-Id").orElseThrow())
                .matches("[0-9a-f]{24}");
    }

    @Test
    void refusedRequestsCarryTheIdToo() throws Exception {
        HttpResponse<String> unauthorised = send("GET", "/api/people", null, "no-token-1", false);
        assertThat(unauthorised.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(unauthorised.body()).get("instance").asText()).isEqualTo("/api/people#request-no-token-1");
        HttpResponse<String> invalid = send("PUT", "/api/people/bad", "{\"name\": \"\"}", "invalid-1");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(invalid.body()).get("instance").asText()).isEqualTo("/api/people/bad#request-invalid-1");
    }

    @Test
    void eachRequestLogsOneLineWithItsRouteTemplateStatusDurationAndId() throws Exception {
        send("PUT", "/api/people/logged-one", "{\"name\": \"記録 花子\"}", "log-line-1");
        List<String> lines = awaitLines("requestId=log-line-1");
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).matches(
                "method=PUT route=/api/people/\\{id} status=201 durationMs=[0-9.]+ requestId=log-line-1");
    }

    @Test
    void privateFieldsNeverReachTheLog() throws Exception {
        String person = """
                {"name": "秘密 次郎", "email": "jiro.private@example.test", "phone": "+81-80-1111-2222",
                 "notes": "非公開のメモ private-note-55"}""";
        assertThat(send("PUT", "/api/people/private-one", person, "private-1").statusCode()).isEqualTo(201);
        send("PATCH", "/api/people/private-one", "{\"phone\": \"+81-80-1111-2222\", \"bogus\": \"private-note-55\"}", "private-2");
        send("PUT", "/api/people/private-one", "{\"email\": \"jiro.private@example.test\"", "private-3");
        send("GET", "/api/people?q=" + TestApi.encode("非公開のメモ"), null, "private-4");
        awaitLines("requestId=private-4");

        assertThat(captured.list).isNotEmpty();
        for (ILoggingEvent event : captured.list) {
            String line = event.getFormattedMessage() + " " + event.getMDCPropertyMap()
                    + (event.getThrowableProxy() == null ? "" : " " + event.getThrowableProxy().getMessage());
            assertThat(line).doesNotContain("jiro.private@example.test", "+81-80-1111-2222", "非公開のメモ",
                    "private-note-55", "private-one");
        }
    }

    private List<String> awaitLines(String part) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<String> lines = captured.list.stream()
                    .filter(e -> e.getLoggerName().equals("http"))
                    .map(ILoggingEvent::getFormattedMessage)
                    .filter(m -> m.contains(part))
                    .toList();
            if (!lines.isEmpty()) {
                return lines;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no request line with " + part);
    }

    private HttpResponse<String> send(String method, String path, String body, String requestId) throws Exception {
        return send(method, path, body, requestId, true);
    }

    private HttpResponse<String> send(String method, String path, String body, String requestId, boolean token)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestApi.baseUrl() + path))
                .header("X-Request-Id", requestId)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token) {
            request.header("Authorization", "Bearer " + TestApi.TOKEN);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
