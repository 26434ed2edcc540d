package dev.tsunagari.bench;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tsunagari.finder.HopFilter;
import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;

/**
 * The same questions asked three ways, one at a time: the service over HTTP (with limits large enough for a whole
 * answer), naive Cypher through the same driver, and PostgreSQL. Each is timed; the answers are compared (the set
 * of (intermediary, target) pairs, or the shortest length) and every disagreement is kept with an example.
 */
final class Checks {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpLoad http;
    private final Graph graph;
    private final CypherFiles cypher;
    private final Postgres postgres;
    private final long timeoutMillis;

    /** One question type: timings of the three ways and what the comparison found. */
    record Outcome(String question, Latencies service, Latencies cypher, Latencies postgres, int compared,
            int notComparable, int cypherTimeouts, int postgresTimeouts, int mismatches, List<String> examples,
            @JsonIgnore String[] slowest) {}

    Checks(HttpLoad http, Graph graph, CypherFiles cypher, Postgres postgres, long timeoutMillis) {
        this.http = http;
        this.graph = graph;
        this.cypher = cypher;
        this.postgres = postgres;
        this.timeoutMillis = timeoutMillis;
    }

    Outcome intermediaries(List<String[]> asks, int maxHops) throws Exception {
        Tally tally = new Tally("intermediaries maxHops " + maxHops, asks.size(), timeoutMillis);
        Cypher naive = cypher.get("bench/intermediaries_naive_" + maxHops);
        for (String[] a : asks) {
            long t0 = System.nanoTime();
            HttpLoad.Answer answer = http.get(Scenarios.intermediariesUrl(a, maxHops, 1000, 1000));
            tally.service(t0, answer.status() != 200, a);
            Set<String> service = pairs(answer);
            Map<String, Object> params = new HopFilter(0.0, false).parameters();
            params.put("from", a[0]);
            params.put("tag", a[1]);
            t0 = System.nanoTime();
            Set<String> byCypher = cypher(naive, params, r -> r.get("intermediary").asString() + ">"
                    + r.get("target").asString());
            tally.cypher(t0, byCypher == null);
            t0 = System.nanoTime();
            Set<String> byPostgres;
            try {
                byPostgres = postgres.intermediaries(a[0], a[1], maxHops);
            } catch (Postgres.Timeout e) {
                byPostgres = null;
            }
            tally.postgres(t0, byPostgres == null);
            tally.compare(a[0] + " tag " + a[1], service, byCypher, byPostgres);
        }
        return tally.outcome();
    }

    Outcome paths(List<String[]> pairs) throws Exception {
        Tally tally = new Tally("paths maxLength 6 (shortest length)", pairs.size(), timeoutMillis);
        Cypher naive = cypher.get("bench/baseline_shortest_path");
        for (String[] p : pairs) {
            long t0 = System.nanoTime();
            HttpLoad.Answer answer = http.get(Scenarios.pathsUrl(p, 1));
            tally.service(t0, answer.status() != 200, p);
            Set<String> service = answer.status() == 200
                    ? Set.of(String.valueOf(JSON.readTree(answer.body()).get("length").asInt())) : null;
            Map<String, Object> params = new HopFilter(0.0, false).parameters();
            params.put("from", p[0]);
            params.put("to", p[1]);
            t0 = System.nanoTime();
            // shortestPath refuses a path from a person to themself: the naive answer for one person is 0.
            Set<String> byCypher = p[0].equals(p[1]) ? Set.of("0")
                    : cypher(naive, params, r -> String.valueOf(r.get("length").asInt()));
            tally.cypher(t0, byCypher == null);
            t0 = System.nanoTime();
            Set<String> byPostgres;
            try {
                byPostgres = Set.of(String.valueOf(postgres.shortestLength(p[0], p[1], 6)));
            } catch (Postgres.Timeout e) {
                byPostgres = null;
            }
            tally.postgres(t0, byPostgres == null);
            tally.compare(p[0] + " → " + p[1], service, byCypher, byPostgres);
        }
        return tally.outcome();
    }

    /** The pairs of a whole answer, or null when a limit or a work bound cut it (it cannot be compared). */
    private static Set<String> pairs(HttpLoad.Answer answer) throws Exception {
        if (answer.status() != 200) {
            return null;
        }
        JsonNode body = JSON.readTree(answer.body());
        JsonNode intermediaries = body.get("intermediaries");
        if (intermediaries.size() >= 1000 || (body.has("complete") && !body.get("complete").asBoolean())) {
            return null;
        }
        Set<String> pairs = new HashSet<>();
        for (JsonNode i : intermediaries) {
            if (i.get("targets").size() >= 1000) {
                return null;
            }
            i.get("targets").forEach(t -> pairs.add(i.get("person").get("id").asText() + ">"
                    + t.get("person").get("id").asText()));
        }
        return pairs;
    }

    /** The answer of one naive statement, or null when it did not finish within the time limit. */
    private Set<String> cypher(Cypher statement, Map<String, Object> params,
            Function<Record, String> key) {
        TransactionConfig config = TransactionConfig.builder()
                .withTimeout(Duration.ofMillis(timeoutMillis)).build();
        try (Session session = graph.driver().session(graph.sessionConfig())) {
            return new HashSet<>(session.executeRead(tx -> Graph.run(tx, statement, params).list(key::apply), config));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
