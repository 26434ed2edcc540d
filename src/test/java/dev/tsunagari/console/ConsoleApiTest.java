package dev.tsunagari.console;

import static dev.tsunagari.support.TestApi.post;
import static dev.tsunagari.support.TestApi.put;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@Neo4jTest
class ConsoleApiTest {

    @BeforeEach
    void twoPeopleWhoWorkedTogether() {
        put("/api/people/aiko", "{\"name\": \"田中 愛子\", \"tags\": [\"団地\"], \"email\": \"aiko@example.org\"}");
        put("/api/people/ken", "{\"name\": \"Ken Sato\"}");
        put("/api/ties", "{\"from\": \"aiko\", \"to\": \"ken\", \"type\": \"KNOWS\", \"strength\": 0.8, "
                + "\"context\": \"worked-together\", \"since\": \"2023-05-01\"}");
    }

    @Test
    void nodesRelationshipsPathsAndTemporalValuesComeBackAsJson() {
        TestApi.Response response = cypher("""
                MATCH p = (a:Person {id: $id})-[r:KNOWS]-(b:Person)
                RETURN a, r, p, date('2026-01-02') AS d, datetime('2026-01-02T03:04:05Z') AS dt,
                       duration('P1DT2H') AS dur, localtime('09:30') AS t, point({x: 1.5, y: 2}) AS pt""",
                "{\"id\": \"aiko\"}");

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("columns")).extracting(JsonNode::asText).containsExactly("a", "r", "p", "d", "dt", "dur", "t", "pt");
        assertThat(body.get("truncated").asBoolean()).isFalse();
        JsonNode row = body.get("rows").get(0);
        JsonNode aiko = row.get(0);
        assertThat(aiko.get("elementId").asText()).isNotBlank();
        assertThat(aiko.get("labels")).extracting(JsonNode::asText).contains("Person");
        assertThat(aiko.get("properties").get("name").asText()).isEqualTo("田中 愛子");
        assertThat(aiko.get("properties").get("email").asText()).as("admins see private fields").isEqualTo("aiko@example.org");
        JsonNode tie = row.get(1);
        assertThat(tie.get("type").asText()).isEqualTo("KNOWS");
        assertThat(tie.get("startNodeElementId").asText()).isIn(aiko.get("elementId").asText(), row.get(2).get("nodes").get(1).get("elementId").asText());
        assertThat(tie.get("properties").get("since").asText()).isEqualTo("2023-05-01");
        assertThat(row.get(2).get("nodes")).hasSize(2);
        assertThat(row.get(2).get("relationships")).hasSize(1);
        assertThat(row.get(3).asText()).isEqualTo("2026-01-02");
        assertThat(row.get(4).asText()).isEqualTo("2026-01-02T03:04:05Z");
        assertThat(row.get(5).asText()).isEqualTo("P0M1DT7200S");
        assertThat(row.get(6).asText()).isEqualTo("09:30");
        assertThat(row.get(7).get("x").asDouble()).isEqualTo(1.5);
        assertThat(body.get("elapsedMs").asLong()).isNotNegative();
    }

    @Test
    void japaneseTextAndColumnNamesRoundTrip() {
        TestApi.Response response = cypher("MATCH (p:Person)-[:HAS_TAG]->(:Tag {name: $tag}) RETURN p.name AS `名前`",
                "{\"tag\": \"団地\"}");

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.json().get("columns").get(0).asText()).isEqualTo("名前");
        assertThat(response.json().get("rows").get(0).get(0).asText()).isEqualTo("田中 愛子");
    }

    @Test
    void rowsBeyondTheCapAreLeftOutAndMarkedTruncated() {
        TestApi.Response capped = cypher("UNWIND range(1, 1005) AS n RETURN n", null);
        TestApi.Response exact = cypher("UNWIND range(1, 1000) AS n RETURN n", null);

        assertThat(capped.json().get("rows")).hasSize(1000);
        assertThat(capped.json().get("truncated").asBoolean()).isTrue();
        assertThat(capped.json().get("rows").get(999).get(0).asLong()).isEqualTo(1000);
        assertThat(exact.json().get("rows")).hasSize(1000);
        assertThat(exact.json().get("truncated").asBoolean()).isFalse();
    }

    @Test
    void writesSchemaChangesFilesAndServerActionsAreRefusedWith403AndChangeNothing() {
        List<String> before = TestNeo4j.snapshot();
        for (String statement : List.of(
                "CREATE (:Person {id: 'mallory', name: 'Mallory'})",
                "MATCH (n) DETACH DELETE n",
                "MATCH (p:Person {id: 'aiko'}) SET p.name = 'x' RETURN p",
                "MERGE (t:Tag {name: 'x'}) RETURN t",
                "MATCH (p:Person) REMOVE p.email",
                "CREATE INDEX mallory IF NOT EXISTS FOR (p:Person) ON (p.email)",
                "DROP CONSTRAINT person_id IF EXISTS",
                "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
                "LOAD CSV FROM 'http://example.invalid/x.csv' AS line RETURN line",
                "CALL db.clearQueryCaches()",
                "CALL db.createLabel('Mallory')",
                "TERMINATE TRANSACTION 'neo4j-transaction-1'",
                "MATCH (p:Person) CALL { WITH p DETACH DELETE p } RETURN 1",
                "MATCH (p:Person) FOREACH (x IN [1] | SET p.name = 'x')")) {
            TestApi.Response response = cypher(statement, null);

            assertThat(response.status()).as(statement + " → " + response.text()).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(TestNeo4j.snapshot()).isEqualTo(before);
    }

    @Test
    void readOnlyProceduresOnTheListRun() {
        TestApi.Response labels = cypher("CALL db.labels() YIELD label RETURN label ORDER BY label", null);

        assertThat(labels.status()).as(labels.text()).isEqualTo(200);
        assertThat(labels.json().get("rows").toString()).contains("Person");
    }

    @Test
    void theFindersOwnProceduresRunInTheConsoleAndItsIndexCheckDoesNot() {
        TestApi.Response found = cypher("""
                CALL tsunagari.intermediaries('ken', {tags: ['団地'], maxHops: 1}) YIELD answer
                RETURN [d IN answer.direct | d.person.id] AS direct""", null);
        assertThat(found.status()).as(found.text()).isEqualTo(200);
        assertThat(found.json().get("rows").toString()).contains("aiko");

        TestApi.Response status = cypher("CALL tsunagari.index.status() YIELD ready RETURN ready", null);
        assertThat(status.status()).as(status.text()).isEqualTo(200);

        TestApi.Response check = cypher("CALL tsunagari.index.check() YIELD differences RETURN differences", null);
        assertThat(check.status()).as("writes would wait for it: " + check.text()).isEqualTo(403);
    }

    @Test
    void aSyntaxErrorIsA400NamingTheQueryWithoutInternals() {
        TestApi.Response response = cypher("MATC (n) RETURN n", null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("query");
        assertThat(response.json().get("detail").asText()).contains("MATC");
        assertThat(response.text()).doesNotContain("org.neo4j", "Exception", "\tat ");
    }

    @Test
    void runtimeErrorsAndMissingParametersAre400s() {
        TestApi.Response divide = cypher("RETURN 1 / $zero AS x", "{\"zero\": 0}");
        TestApi.Response missing = cypher("RETURN $nothing AS x", "{}");

        assertThat(divide.status()).as(divide.text()).isEqualTo(400);
        assertThat(divide.json().get("errors").get(0).get("field").asText()).isEqualTo("query");
        assertThat(missing.status()).as(missing.text()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asText()).isEqualTo("parameters");
        assertThat(divide.text() + missing.text()).doesNotContain("org.neo4j", "Exception");
    }

    @Test
    void parametersCypherCannotHoldAreRefusedNamingThem() {
        TestApi.Response ok = cypher("RETURN $n + 1 AS m, $list AS l, $map.k AS k", "{\"n\": 41, \"list\": [1, \"二\"], \"map\": {\"k\": true}}");
        TestApi.Response huge = cypher("RETURN $n AS n", "{\"n\": 18446744073709551616}");
        TestApi.Response infinite = cypher("RETURN $n AS n", "{\"n\": 1e400}");
        TestApi.Response notAnObject = cypher("RETURN 1 AS n", "[1]");

        assertThat(ok.json().get("rows").get(0).toString()).isEqualTo("[42,[1,\"二\"],true]");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.json().get("errors").get(0).get("field").asText()).isEqualTo("parameters.n");
        assertThat(infinite.status()).isEqualTo(400);
        assertThat(infinite.json().get("errors").get(0).get("field").asText()).isEqualTo("parameters.n");
        assertThat(notAnObject.status()).isEqualTo(400);
        assertThat(notAnObject.json().get("errors").get(0).get("field").asText()).isEqualTo("parameters");
    }

    @Test
    void aBlankOrMissingQueryIsA400() {
        assertThat(post("/api/cypher", "{\"query\": \"   \"}").status()).isEqualTo(400);
        assertThat(post("/api/cypher", "{}").json().get("errors").get(0).get("field").asText()).isEqualTo("query");
        assertThat(post("/api/cypher", "{\"query\": 5}").json().get("errors").get(0).get("field").asText()).isEqualTo("query");
    }

    @Test
    void withoutATokenTheConsoleIsA401() {
        TestApi.Response response = TestApi.send("POST", "/api/cypher", "{\"query\": \"MATCH (n) RETURN n\"}", null);

        assertThat(response.status()).isEqualTo(401);
    }

    static TestApi.Response cypher(String query, String parameters) {
        String body = "{\"query\": " + quoted(query) + (parameters == null ? "" : ", \"parameters\": " + parameters) + "}";
        return post("/api/cypher", body);
    }

    static String quoted(String text) {
        try {
            return dev.tsunagari.http.Json.MAPPER.writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
