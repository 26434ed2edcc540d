package dev.tsunagari.procedures;

import static dev.tsunagari.support.TestApi.put;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/** {@code CALL tsunagari.paths(...)} through the driver: real Path values, and the same answer from both sources. */
@Neo4jTest
class PathsProcedureTest {
    private static final CypherFiles CYPHER = new CypherFiles();
    private static final List<String> CONTEXTS = List.of("card-exchange", "met", "online", "worked-together", "friend",
            "family", "introduced", "other");

    private static List<Record> call(String from, String to, Map<String, Object> options) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("to", to);
        params.put("options", options);
        return TestNeo4j.graph().read(tx -> Graph.run(tx, CYPHER.get("test/paths_call"), params).list());
    }

    @Test
    void pathsYieldedThroughTheDriverAreMadeOfTheGraphsOwnNodesAndRelationships() {
        people("me", "kai", "rin", "goal");
        tie("me", "kai", "KNOWS", 0.9, "friend");
        tie("rin", "kai", "TRUSTS", 0.8, "worked-together");
        tie("rin", "goal", "KNOWS", 0.7, "met");
        List<Record> rows = call("me", "goal", Map.of());
        assertThat(rows).hasSize(1);
        Path path = rows.get(0).get("path").asPath();
        assertThat(rows.get(0).get("length").asLong()).isEqualTo(3);
        assertThat(path.length()).isEqualTo(3);
        List<String> ids = new ArrayList<>();
        path.nodes().forEach(n -> ids.add(n.get("id").asString()));
        assertThat(ids).containsExactly("me", "kai", "rin", "goal");
        List<Node> nodes = new ArrayList<>();
        path.nodes().forEach(nodes::add);
        List<Relationship> ties = new ArrayList<>();
        path.relationships().forEach(ties::add);
        assertThat(ties).extracting(Relationship::type).containsExactly("KNOWS", "TRUSTS", "KNOWS");
        assertStored(ties.get(0), "me", "KNOWS", "kai");
        assertStored(ties.get(1), "rin", "TRUSTS", "kai");
        assertStored(ties.get(2), "rin", "KNOWS", "goal");
        assertThat(path.start().elementId()).isEqualTo(stored("me", "KNOWS", "kai").get("from"));
        assertThat(path.end().elementId()).isEqualTo(stored("rin", "KNOWS", "goal").get("to"));
        assertThat(nodes.get(2).elementId()).as("the TRUSTS tie is stored from rin")
                .isEqualTo(ties.get(1).startNodeElementId());
        assertThat(ties.get(0).get("strength").asDouble()).isEqualTo(0.9);
    }

    @Test
    void thePersonWithThemselfIsAPathOfOneNodeAndAnUnknownEndIsNamed() {
        people("me");
        Path alone = call("me", "me", Map.of()).get(0).get("path").asPath();
        assertThat(alone.length()).isZero();
        assertThat(alone.start().get("id").asString()).isEqualTo("me");
        List<Record> unknown = call("me", "nobody", Map.of());
        assertThat(unknown).hasSize(1);
        assertThat(unknown.get(0).get("notFound").asString()).isEqualTo("to");
        assertThat(unknown.get(0).get("path").isNull()).isTrue();
        assertThat(call("nobody", "me", Map.of()).get(0).get("notFound").asString()).isEqualTo("from");
    }

    @Test
    void theProcedureAnswersTheSameFromTheIndexAndFromTheStoreOnARandomGraph() {
        Random random = new Random(20261202);
        int size = 80;
        for (int i = 0; i < size; i++) {
            String visibility = i % 9 == 4 ? ", \"visibility\": \"private\"" : "";
            assertThat(put("/api/people/r" + i, "{\"name\": \"人 " + i + "\"" + visibility + "}").status()).isEqualTo(201);
        }
        LocalDate today = LocalDate.of(2026, 12, 2);
        for (int k = 0; k < 260; k++) {
            int a = random.nextInt(size);
            int b = random.nextInt(size);
            if (a == b) {
                continue;
            }
            int kind = random.nextInt(10);
            String type = kind < 6 ? "KNOWS" : kind < 9 ? "TRUSTS" : "FAN_OF";
            String context = random.nextInt(6) == 0 ? null : CONTEXTS.get(random.nextInt(CONTEXTS.size()));
            String lastContact = random.nextBoolean() ? null : today.minusDays(random.nextInt(2000)).toString();
            // Strengths in tenths make equal hop scores common, so the tie-breaks are exercised too.
            double strength = (1 + random.nextInt(10)) / 10.0;
            String body = String.format(Locale.ROOT, "{\"from\": \"r%d\", \"to\": \"r%d\", \"type\": \"%s\", "
                    + "\"strength\": %s%s%s}", a, b, type, strength,
                    context == null ? "" : ", \"context\": \"" + context + "\"",
                    lastContact == null ? "" : ", \"lastContact\": \"" + lastContact + "\"");
            TestApi.Response r = put("/api/ties", body);
            assertThat(r.status()).as(r.text()).isIn(200, 201);
        }
        List<Map<String, Object>> settings = List.of(
                Map.of(),
                Map.of("includeWeak", true, "limit", 20),
                Map.of("minStrength", 0.4, "maxLength", 4, "limit", 3),
                Map.of("includeWeak", true, "maxLength", 10, "limit", 100),
                Map.of("caller", Map.of("seesAll", false, "person", "r13"), "limit", 10));
        int withPaths = 0;
        int compared = 0;
        for (Map<String, Object> setting : settings) {
            for (int q = 0; q < 40; q++) {
                String from = "r" + random.nextInt(size);
                String to = q % 13 == 0 ? from : "r" + random.nextInt(size);
                Map<String, Object> options = new HashMap<>(setting);
                options.put("today", today.toString());
                options.put("source", "index");
                List<Map<String, Object>> index = rows(call(from, to, options));
                options.put("source", "store");
                List<Map<String, Object>> store = rows(call(from, to, options));
                assertThat(index).as("%s -> %s with %s", from, to, setting).isEqualTo(store);
                withPaths += index.isEmpty() || index.get(0).get("notFound") != null ? 0 : 1;
                compared++;
            }
        }
        assertThat(compared).isEqualTo(200);
        assertThat(withPaths).as("the sample must hold real paths").isGreaterThan(80);
    }

    /** Each row as plain values, its path as the element ids of its nodes and relationships in order. */
    private static List<Map<String, Object>> rows(List<Record> records) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Record r : records) {
            Map<String, Object> row = new LinkedHashMap<>(r.asMap());
            if (!r.get("path").isNull()) {
                List<String> elements = new ArrayList<>();
                r.get("path").asPath().nodes().forEach(n -> elements.add(n.elementId()));
                r.get("path").asPath().relationships().forEach(t -> elements.add(t.elementId()));
                row.put("path", elements);
            }
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Object> stored(String from, String type, String to) {
        return TestNeo4j.graph().read(tx -> Graph.run(tx, CYPHER.get("test/tie_between"),
                Map.of("from", from, "type", type, "to", to)).single().asMap());
    }

    private static void assertStored(Relationship tie, String from, String type, String to) {
        Map<String, Object> stored = stored(from, type, to);
        assertThat(tie.elementId()).isEqualTo(stored.get("tie"));
        assertThat(tie.startNodeElementId()).isEqualTo(stored.get("from"));
        assertThat(tie.endNodeElementId()).isEqualTo(stored.get("to"));
    }

    private static void people(String... ids) {
        for (String id : ids) {
            assertThat(put("/api/people/" + id, "{\"name\": \"Person " + id + "\"}").status()).isEqualTo(201);
        }
    }

    private static void tie(String from, String to, String type, double strength, String context) {
        TestApi.Response r = put("/api/ties", String.format(Locale.ROOT,
                "{\"from\": \"%s\", \"to\": \"%s\", \"type\": \"%s\", \"strength\": %s, \"context\": \"%s\"}",
                from, to, type, strength, context));
        assertThat(r.status()).as(r.text()).isIn(200, 201);
    }
}
