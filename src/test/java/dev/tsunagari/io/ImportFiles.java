package dev.tsunagari.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.support.TestApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: fixture files from {@code src/test/resources/import/} sent to the real import route. */
final class ImportFiles {
    private ImportFiles() {}

    static byte[] fixture(String name) {
        try (InputStream in = ImportFiles.class.getClassLoader().getResourceAsStream("import/" + name)) {
            assertThat(in).as("fixture import/" + name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TestApi.Response post(String query, byte[] body) {
        return TestApi.sendBytes("POST", "/api/import?" + query, body, TestApi.TOKEN);
    }

    /** Imports a fixture and expects a 200 report. */
    static JsonNode imported(String query, String fixture) {
        TestApi.Response response = post(query, fixture(fixture));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    static JsonNode person(String id) {
        TestApi.Response response = TestApi.get("/api/people/" + id);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    /** Every person, by walking the list (the fixtures are small). */
    static List<JsonNode> everyone() {
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
