package dev.tsunagari.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.OpenApiContract;
import dev.tsunagari.support.TestApi;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every status the core's fragment documents is produced by a real request here, and TestApi checks each answer
 * against the document's schemas (it does so for every request of every test). Not produced on purpose: 5XX,
 * and the 409 of PUT /api/ties, which needs a person deleted and re-created during the request.
 */
@Neo4jTest
class CoreContractTest {
    private static final Set<String> NOT_PRODUCED = Set.of("PUT /api/ties 409", "GET /health 503");
    private final Set<String> seen = new TreeSet<>();

    @Test
    void everyStatusTheCoreDocumentsIsProducedAndConforms() throws IOException {
        String person = "{\"name\": \"田中 愛子\", \"kana\": \"たなか あいこ\", \"tags\": [\"community-organizer\", \"団地\"],"
                + " \"email\": \"aiko@example.org\", \"links\": [\"https://example.org/aiko\"]}";
        String huge = "{\"name\": \"" + "x".repeat(1024 * 1024) + "\"}";
        call("GET", "/health", null, 200);
        call("GET", "/openapi.json", null, 200);
        call("GET", "/docs", null, 200);

        call("PUT", "/api/people/aiko", person, 201);
        call("PUT", "/api/people/aiko", person, 200);
        call("PUT", "/api/people/a%20b", person, 400);
        call("PUT", "/api/people/aiko", huge, 413);
        callAs("PUT", "/api/people/aiko", person, "text/plain", 415);
        call("POST", "/api/people", "{\"id\": \"ken\", \"name\": \"Ken\", \"tags\": [\"designer\"]}", 201);
        call("POST", "/api/people", "{\"name\": \"Generated Id\"}", 201);
        call("POST", "/api/people", "{\"id\": \"ken\", \"name\": \"Ken again\"}", 409);
        call("POST", "/api/people", "{\"name\": 42}", 400);
        call("POST", "/api/people", huge, 413);
        callAs("POST", "/api/people", person, "application/xml", 415);
        call("GET", "/api/people?limit=1", null, 200);
        call("GET", "/api/people?q=" + TestApi.encode("団地") + "&tag=community-organizer", null, 200);
        call("GET", "/api/people?limit=0", null, 400);
        call("GET", "/api/people/aiko", null, 200);
        call("GET", "/api/people/%24x", null, 400);
        call("GET", "/api/people/nobody", null, 404);
        callAs("PATCH", "/api/people/aiko", "{\"role\": \"organiser\", \"kana\": null}", "application/merge-patch+json", 200);
        call("PATCH", "/api/people/aiko", "{\"tags\": \"x\"}", 400);
        call("PATCH", "/api/people/nobody", "{\"role\": \"x\"}", 404);
        call("PATCH", "/api/people/aiko", huge, 413);
        callAs("PATCH", "/api/people/aiko", "{}", "text/plain", 415);

        call("PUT", "/api/ties", "{\"from\": \"aiko\", \"to\": \"ken\", \"type\": \"KNOWS\", \"since\": \"2024-04-01\"}", 201);
        call("PUT", "/api/ties", "{\"from\": \"ken\", \"to\": \"aiko\", \"type\": \"KNOWS\", \"strength\": 0.8, \"context\": \"met\"}", 200);
        call("PUT", "/api/ties", "{\"from\": \"aiko\", \"to\": \"ken\", \"type\": \"KNOWS\", \"strength\": 2}", 400);
        call("PUT", "/api/ties", "{\"from\": \"aiko\", \"to\": \"nobody\", \"type\": \"KNOWS\"}", 422);
        call("PUT", "/api/ties", huge, 413);
        callAs("PUT", "/api/ties", "{}", "application/x-www-form-urlencoded", 415);
        call("GET", "/api/people/aiko/ties?limit=1", null, 200);
        call("GET", "/api/people/aiko/ties?cursor=!", null, 400);
        call("GET", "/api/people/nobody/ties", null, 404);
        call("DELETE", "/api/ties/aiko/KNOWS/ken", null, 204);
        call("DELETE", "/api/ties/aiko/KNOWS/ken", null, 404);
        call("DELETE", "/api/ties/aiko/LIKES/ken", null, 400);
        call("DELETE", "/api/people/ken", null, 204);
        call("DELETE", "/api/people/ken", null, 404);
        call("DELETE", "/api/people/..%2Fken", null, 400);
        for (OpenApiContract.Operation op : OpenApiContract.operations()) {
            if (op.template().startsWith("/api/")) {
                String path = op.template().replace("{id}", "aiko").replace("{from}", "aiko").replace("{type}", "KNOWS").replace("{to}", "ken");
                record(op.method(), path, TestApi.exchange(op.method(), path, null, false, Map.of()), 401);
            }
        }

        assertThat(seen).containsAll(documentedCoreStatuses());
    }

    private void call(String method, String path, String body, int expected) {
        record(method, path, TestApi.send(method, path, body, TestApi.TOKEN), expected);
    }

    private void callAs(String method, String path, String body, String contentType, int expected) {
        record(method, path, TestApi.exchange(method, path, body.getBytes(StandardCharsets.UTF_8), false,
                Map.of("Authorization", "Bearer " + TestApi.TOKEN, "Content-Type", contentType)), expected);
    }

    private void record(String method, String path, TestApi.Response response, int expected) {
        assertThat(response.status()).as(method + " " + path + ": " + response.text()).isEqualTo(expected);
        seen.add(method + " " + OpenApiContract.operation(method, path).orElseThrow().template() + " " + expected);
    }

    /** "METHOD /template STATUS" for every numbered status of every operation in the core's own fragment. */
    private static Set<String> documentedCoreStatuses() throws IOException {
        Set<String> statuses = new TreeSet<>();
        JsonNode fragment;
        try (InputStream in = CoreContractTest.class.getClassLoader().getResourceAsStream("openapi/10-core.json")) {
            fragment = Json.MAPPER.readTree(in);
        }
        fragment.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            op.getValue().path("responses").fieldNames().forEachRemaining(status -> {
                String key = op.getKey().toUpperCase() + " " + path.getKey() + " " + status;
                if (status.matches("\\d{3}") && !NOT_PRODUCED.contains(key)) {
                    statuses.add(key);
                }
            });
        }));
        assertThat(statuses).hasSizeGreaterThan(40);
        return statuses;
    }
}
