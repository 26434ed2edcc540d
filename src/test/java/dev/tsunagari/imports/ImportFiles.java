package dev.tsunagari.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.support.TestApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: fixture files from {@code src/test/resources/import/} sent to the real import route. */
public final class ImportFiles {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private ImportFiles() {}

    public static byte[] fixture(String name) {
        try (InputStream in = ImportFiles.class.getClassLoader().getResourceAsStream("import/" + name)) {
            assertThat(in).as("fixture import/" + name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a file to the import route with the media type of its format (JSON goes through the usual helper). */
    public static TestApi.Response post(String query, byte[] body) {
        if (query.contains("format=json")) {
            return TestApi.sendBytes("POST", "/api/import?" + query, body, TestApi.TOKEN);
        }
        return send(query, body, query.contains("format=vcard") ? "text/vcard" : "text/csv");
    }

    /** Sends bytes as they are, for files that are not JSON (or broken JSON on purpose). */
    public static TestApi.Response send(String query, byte[] body, String contentType) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestApi.baseUrl() + "/api/import?" + query))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", contentType)
                .header("Authorization", "Bearer " + TestApi.TOKEN)
                .build();
        try {
            HttpResponse<String> raw = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new TestApi.Response(raw.statusCode(), raw.headers().firstValue("Content-Type").orElse(""), raw.body(), raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Imports a fixture and expects a 200 report. */
    public static JsonNode imported(String query, String fixture) {
        TestApi.Response response = post(query, fixture(fixture));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    public static JsonNode person(String id) {
        TestApi.Response response = TestApi.get("/api/people/" + id);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    /** Every person, by walking the list (the fixtures are small). */
    public static List<JsonNode> everyone() {
        List<JsonNode> people = new ArrayList<>();
        TestApi.get("/api/people?limit=1000").json().get("items").forEach(people::add);
        return people;
    }

    static JsonNode byName(String name) {
        return everyone().stream().filter(p -> p.get("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no person named " + name + " in " + everyone()));
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        if (array != null) {
            array.forEach(item -> texts.add(item.asText()));
        }
        return texts;
    }

    static List<JsonNode> tiesOf(String id) {
        List<JsonNode> ties = new ArrayList<>();
        TestApi.get("/api/people/" + id + "/ties?limit=1000").json().get("items").forEach(ties::add);
        return ties;
    }
}
