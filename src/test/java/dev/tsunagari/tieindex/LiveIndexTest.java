package dev.tsunagari.tieindex;

import static dev.tsunagari.support.TestApi.delete;
import static dev.tsunagari.support.TestApi.get;
import static dev.tsunagari.support.TestApi.put;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.graph.Graph;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestNeo4j;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;

/** The live tie index inside Neo4j: built at start, kept current by every commit, used by the very next question. */
@Neo4jTest
class LiveIndexTest {

    private static Map<String, Object> status() {
        return TestNeo4j.graph().read(tx -> tx.run("CALL tsunagari.index.status()").single().asMap());
    }

    private static Map<String, Object> ask(String from, String tag, String source) {
        List<Record> rows = TestNeo4j.graph().read(tx -> tx.run(
                "CALL tsunagari.intermediaries($from, {tags: [$tag], source: $source}) YIELD answer RETURN answer",
                Map.of("from", from, "tag", tag, "source", source)).list());
        return rows.isEmpty() ? Map.of() : rows.get(0).get("answer").asMap();
    }

    private static void person(String id, String tags) {
        assertThat(put("/api/people/" + id, "{\"name\": \"" + id + "\", \"tags\": [" + tags + "]}").status())
                .isIn(200, 201);
    }

    private static void tie(String from, String to, double strength) {
        var r = put("/api/ties", "{\"from\": \"" + from + "\", \"to\": \"" + to + "\", \"type\": \"KNOWS\", \"strength\": "
                + strength + ", \"context\": \"met\"}");
        assertThat(r.status()).as(r.text()).isIn(200, 201);
    }

    @Test
    void theIndexIsReadyAndCurrentAndCountsWhatTheStoreHolds() {
        person("ix-a", "");
        person("ix-b", "\"ix-kind\"");
        tie("ix-a", "ix-b", 0.7);
        Map<String, Object> status = status();
        assertThat(status.get("ready")).isEqualTo(true);
        assertThat(status.get("current")).isEqualTo(true);
        long people = TestNeo4j.graph().read(tx -> tx.run("MATCH (p:Person) RETURN count(p) AS n").single().get("n").asLong());
        assertThat(status.get("people")).isEqualTo(people);
    }

    @Test
    void aTiePutIsUsedByTheVeryNextQuestionAndADeletedOneIsNot() {
        person("ix-me", "");
        person("ix-via", "");
        person("ix-far", "\"ix-designer\"");
        tie("ix-me", "ix-via", 0.8);
        assertThat(ask("ix-me", "ix-designer", "index").get("intermediaries")).asList().isEmpty();
        tie("ix-via", "ix-far", 0.9);
        assertThat(ask("ix-me", "ix-designer", "index").get("intermediaries")).asList().hasSize(1);
        assertThat(ask("ix-me", "ix-designer", "index")).isEqualTo(ask("ix-me", "ix-designer", "store"));
        assertThat(delete("/api/ties/ix-via/KNOWS/ix-far").status()).isEqualTo(204);
        assertThat(ask("ix-me", "ix-designer", "index").get("intermediaries")).asList().isEmpty();
        assertThat(get("/api/intermediaries?from=ix-me&tag=ix-designer").json().get("intermediaries")).isEmpty();
    }

    @Test
    void theLiveIndexEqualsAFreshBuildFromTheStore() {
        person("ix-x", "\"ix-t\"");
        person("ix-y", "\"ix-t\", \"ix-u\"");
        tie("ix-x", "ix-y", 0.5);
        person("ix-y", "\"ix-u\"");
        assertThat(delete("/api/people/ix-x").status()).isEqualTo(204);
        Graph graph = TestNeo4j.graph();
        List<Object> differences = graph.read(tx -> tx.run(
                "CALL tsunagari.index.check() YIELD differences RETURN differences").single().get("differences").asList());
        assertThat(differences).isEmpty();
    }
}
