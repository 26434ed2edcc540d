package dev.tsunagari.bench;

import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.Graph;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;

/**
 * Runs a baseline statement through the same driver the service uses, one at a time, each in a read transaction
 * with a time limit: a statement that does not finish in time counts as failed, and its time as the limit.
 */
final class CypherBaseline {
    private final Graph graph;
    private final Duration timeout;

    CypherBaseline(Graph graph, Duration timeout) {
        this.graph = graph;
        this.timeout = timeout;
    }

    Latencies run(String scenario, Cypher statement, List<Map<String, Object>> parameters) {
        long[] nanos = new long[parameters.size()];
        int failures = 0;
        long start = System.nanoTime();
        TransactionConfig config = TransactionConfig.builder().withTimeout(timeout).build();
        for (int i = 0; i < parameters.size(); i++) {
            Map<String, Object> params = parameters.get(i);
            long t0 = System.nanoTime();
            try (Session session = graph.driver().session(graph.sessionConfig())) {
                session.executeRead(tx -> Graph.run(tx, statement, params).list(), config);
            } catch (RuntimeException e) {
                if (failures++ == 0) {
                    System.err.println(scenario + " failed: " + e.getMessage());
                }
            }
            nanos[i] = System.nanoTime() - t0;
        }
        return Latencies.of(scenario, 1, nanos, failures, System.nanoTime() - start);
    }
}
