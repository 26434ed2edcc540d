package dev.tsunagari.bench;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tsunagari.finder.HopFilter;
import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.http.Params;
import dev.tsunagari.procedures.FinderProcedures;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;

/**
 * The same questions asked three ways, one at a time: the service over HTTP (with REST's largest limits, and,
 * when an answer reaches them, the whole answer from the procedure the route calls), naive Cypher through the same
 * driver, and PostgreSQL. Each is timed; the answers are compared (the set of (intermediary, target) pairs, or the
 * shortest length) and every disagreement is kept with an example.
 */
final class Checks {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    /** REST's own maximum of {@code limit} and {@code targetsLimit}: the largest answer it gives. */
    private static final int REST_CAP = Params.MAX_LIMIT;
    private final HttpLoad http;
    private final Graph graph;
    private final CypherFiles cypher;
    private final Postgres postgres;
    private final long timeoutMillis;

    /** One question type: timings of the three ways and what the comparison found. */
    record Outcome(String question, Latencies service, Latencies cypher, Latencies postgres, int compared,
            int wholeThroughProcedure, int uncompared, int cypherTimeouts, int postgresTimeouts, int mismatches, List<String> examples,
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
            HttpLoad.Answer answer = http.get(Scenarios.intermediariesUrl(a, maxHops, REST_CAP, REST_CAP));
            tally.service(t0, answer.status() != 200, a);
            Set<String> service = null;
            if (answer.status() == 200) {
                Map<String, Object> body = JSON.readValue(answer.body(), MAP);
                if (cutByRestCap(body)) {
                    body = whole(graph, cypher, a[0], a[1], maxHops);
                    tally.wholeThroughProcedure();
                }
                service = pairs(body);
            }
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

    /**
     * The service's whole answer to a question REST had to cut at its cap: the same procedure the route calls (the
     * same statement file), through the same driver, with the procedure's own, far larger limits, for an admin
     * caller as the benchmark's token is.
     */
    static Map<String, Object> whole(Graph graph, CypherFiles cypher, String from, String tag, int maxHops)
            throws Exception {
        Map<String, Object> options = new HashMap<>(new HopFilter(0.0, false).parameters());
        options.put("tags", List.of(tag));
        options.put("maxHops", maxHops);
        options.put("limit", FinderProcedures.MAX_LIMIT);
        options.put("targetsLimit", FinderProcedures.MAX_LIMIT);
        options.put("caller", Map.of("seesAll", true));
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("options", options);
        Cypher statement = cypher.get("finder/intermediaries");
        String json = graph.read(tx -> Graph.run(tx, statement, params).single().get("json").asString());
        return JSON.readValue(json, MAP);
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

    /** Whether REST's own cap cut the answer: as many intermediaries, or as many targets of one, as it may give. */
    @SuppressWarnings("unchecked")
    static boolean cutByRestCap(Map<String, Object> answer) {
        List<Map<String, Object>> intermediaries = (List<Map<String, Object>>) answer.get("intermediaries");
        return intermediaries.size() >= REST_CAP
                || intermediaries.stream().anyMatch(i -> ((List<?>) i.get("targets")).size() >= REST_CAP);
    }

    /**
     * The (intermediary, target) pairs of a whole answer, from REST or from the procedure (the same shape), or null
     * when the answer says it is not complete.
     */
    @SuppressWarnings("unchecked")
    static Set<String> pairs(Map<String, Object> answer) {
        if (Boolean.FALSE.equals(answer.get("complete"))) {
            return null;
        }
        Set<String> pairs = new HashSet<>();
        for (Map<String, Object> i : (List<Map<String, Object>>) answer.get("intermediaries")) {
            String intermediary = id(i);
            for (Map<String, Object> t : (List<Map<String, Object>>) i.get("targets")) {
                pairs.add(intermediary + ">" + id(t));
            }
        }
        return pairs;
    }

    @SuppressWarnings("unchecked")
    private static String id(Map<String, Object> entry) {
        return String.valueOf(((Map<String, Object>) entry.get("person")).get("id"));
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
