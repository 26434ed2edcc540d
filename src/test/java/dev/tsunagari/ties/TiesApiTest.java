package dev.tsunagari.ties;

import static dev.tsunagari.support.TestApi.delete;
import static dev.tsunagari.support.TestApi.get;
import static dev.tsunagari.support.TestApi.put;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@Neo4jTest
class TiesApiTest {

    @BeforeEach
    void threePeople() {
        put("/api/people/aiko", "{\"name\": \"田中 愛子\"}");
        put("/api/people/joko", "{\"name\": \"Joko\"}");
        put("/api/people/mika", "{\"name\": \"Mika\"}");
    }

    @Test
    void theSamePutTwiceGivesOneTie() {
        String tie = "{\"from\": \"aiko\", \"to\": \"joko\", \"type\": \"TRUSTS\", \"strength\": 0.7, \"context\": \"introduced\"}";
        var first = put("/api/ties", tie);
        var second = put("/api/ties", tie);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("createdAt")).isEqualTo(first.json().get("createdAt"));
        assertThat(rels()).hasSize(1).first().asString().startsWith("rel aiko TRUSTS joko");
    }

    @Test
    void theSamePersonPutTwiceGivesOneNodeAndOneTagEach() {
        String person = "{\"name\": \"Mika\", \"tags\": [\"ライブハウス\", \"singer\"]}";
        put("/api/people/mika", person);
        put("/api/people/mika", person);

        List<String> snapshot = TestNeo4j.snapshot();
        assertThat(snapshot).filteredOn(line -> line.startsWith("node mika ")).hasSize(1);
        assertThat(snapshot).filteredOn(line -> line.contains(":Tag")).hasSize(2);
        assertThat(snapshot).filteredOn(line -> line.startsWith("rel mika HAS_TAG")).hasSize(2);
    }

    @Test
    void knowsWrittenBackwardsUpdatesTheSameTie() {
        put("/api/ties", "{\"from\": \"aiko\", \"to\": \"joko\", \"type\": \"KNOWS\", \"strength\": 0.4}");

        var backwards = put("/api/ties", "{\"from\": \"joko\", \"to\": \"aiko\", \"type\": \"KNOWS\", \"strength\": 0.9, \"context\": \"friend\"}");

        assertThat(backwards.status()).isEqualTo(200);
        assertThat(backwards.json().get("strength").asDouble()).isEqualTo(0.9);
        assertThat(rels()).hasSize(1).first().asString().startsWith("rel aiko KNOWS joko").contains("strength=0.9");
    }

    @Test
    void trustsAndFansAreDirected() {
        assertThat(put("/api/ties", "{\"from\": \"aiko\", \"to\": \"joko\", \"type\": \"TRUSTS\"}").status()).isEqualTo(201);
        assertThat(put("/api/ties", "{\"from\": \"joko\", \"to\": \"aiko\", \"type\": \"TRUSTS\"}").status()).isEqualTo(201);
        assertThat(put("/api/ties", "{\"from\": \"mika\", \"to\": \"joko\", \"type\": \"FAN_OF\"}").status()).isEqualTo(201);
        assertThat(rels()).hasSize(3);
        assertThat(delete("/api/ties/joko/FAN_OF/mika").status()).as("not the other way round").isEqualTo(404);
    }

    @Test
    void aTieWithoutStrengthGetsTheDefaultAndDatesComeBackAsWritten() {
        JsonNode tie = put("/api/ties", "{\"from\": \"mika\", \"to\": \"joko\", \"type\": \"FAN_OF\", \"since\": \"2025-11-03\","
                + " \"lastContact\": \"2026-02-28\", \"note\": \"月例のファンの集い\"}").json();
        assertThat(tie.get("strength").asDouble()).isEqualTo(0.5);
        assertThat(tie.get("since").asText()).isEqualTo("2025-11-03");
        assertThat(tie.get("lastContact").asText()).isEqualTo("2026-02-28");
        assertThat(tie.get("note").asText()).isEqualTo("月例のファンの集い");
    }

    @Test
    void aKnowsTieIsDeletedFromEitherEnd() {
        put("/api/ties", "{\"from\": \"aiko\", \"to\": \"joko\", \"type\": \"KNOWS\"}");
        assertThat(delete("/api/ties/joko/KNOWS/aiko").status()).isEqualTo(204);
        assertThat(rels()).isEmpty();
        assertThat(delete("/api/ties/joko/KNOWS/aiko").status()).isEqualTo(404);
    }

    @Test
    void aPersonsTiesArePagedInBothDirections() {
        put("/api/ties", "{\"from\": \"aiko\", \"to\": \"joko\", \"type\": \"KNOWS\"}");
        put("/api/ties", "{\"from\": \"mika\", \"to\": \"joko\", \"type\": \"FAN_OF\"}");
        put("/api/ties", "{\"from\": \"joko\", \"to\": \"mika\", \"type\": \"TRUSTS\"}");

        var first = get("/api/people/joko/ties?limit=2");
        var second = get("/api/people/joko/ties?limit=2&cursor=" + first.json().get("next").asText());

        assertThat(keys(first)).containsExactly("aiko|KNOWS|joko", "joko|TRUSTS|mika");
        assertThat(keys(second)).containsExactly("mika|FAN_OF|joko");
        assertThat(second.json().get("next").isNull()).isTrue();
        assertThat(get("/api/people/nobody/ties").status()).isEqualTo(404);
    }

    @Test
    void anUnknownPersonIsA422NamingTheField() {
        var response = put("/api/ties", "{\"from\": \"aiko\", \"to\": \"nobody\", \"type\": \"KNOWS\"}");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("to");
        assertThat(rels()).isEmpty();
    }

    private static List<String> rels() {
        return TestNeo4j.snapshot().stream().filter(line -> line.startsWith("rel ") && !line.contains(" HAS_TAG ")).toList();
    }

    private static List<String> keys(TestApi.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        List<String> keys = new ArrayList<>();
        response.json().get("items").forEach(t -> keys.add(t.get("from").asText() + "|" + t.get("type").asText() + "|" + t.get("to").asText()));
        return keys;
    }
}
