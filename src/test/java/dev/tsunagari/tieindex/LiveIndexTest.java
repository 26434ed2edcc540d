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

    /**
     * Written by a script over Bolt, not the API: a person node that loses its label or its id (or gets them) keeps
     * its ties, so only that node is touched; the people at the other ends must be read again as well.
     */
    @Test
    void aNodeThatStopsOrStartsBeingAPersonLeavesNoTieBehindAtTheOtherEnd() {
        person("ix-left", "");
        person("ix-right", "\"ix-role\"");
        tie("ix-left", "ix-right", 0.6);
        assertThat(put("/api/ties", "{\"from\": \"ix-left\", \"to\": \"ix-right\", \"type\": \"FAN_OF\"}").status())
                .isIn(200, 201);
        Map<String, List<String>> steps = new java.util.LinkedHashMap<>();
        for (String step : List.of(
                "MATCH (p:Person {id: 'ix-right'}) REMOVE p:Person",
                "MATCH (p {id: 'ix-right'}) SET p:Person",
                "MATCH (p:Person {id: 'ix-right'}) SET p.id = 'ix-renamed'",
                "MATCH (p:Person {id: 'ix-renamed'}) REMOVE p.id",
                "MATCH (p:Person {name: 'ix-right'}) SET p.id = 'ix-right'",
                "CREATE (:Thing {id: 'ix-later'})<-[:KNOWS {strength: 0.9, context: 'met'}]-(:Thing {id: 'ix-first'})",
                "MATCH (t:Thing {id: 'ix-later'}) SET t:Person, t.tags = ['ix-role'] "
                        + "MERGE (role:Tag {name: 'ix-role'}) MERGE (t)-[:HAS_TAG]->(role)",
                "MATCH (t:Thing {id: 'ix-first'}) SET t:Person")) {
            TestNeo4j.graph().write(tx -> tx.run(step).consume());
            steps.put(step, check());
            if (step.contains("ix-first'}) SET")) {
                assertThat(ask("ix-first", "ix-role", "index")).isEqualTo(ask("ix-first", "ix-role", "store"));
                assertThat(ask("ix-first", "ix-role", "index").get("direct")).asList().hasSize(1);
            }
            assertThat(ask("ix-left", "ix-role", "index")).as(step).isEqualTo(ask("ix-left", "ix-role", "store"));
        }
        assertThat(steps).allSatisfy((step, differences) -> assertThat(differences).as(step).isEmpty());
    }

    private static List<String> check() {
        return TestNeo4j.graph().read(tx -> tx.run("CALL tsunagari.index.check() YIELD differences RETURN differences")
                .single().get("differences").asList(org.neo4j.driver.Value::asString));
    }
}
