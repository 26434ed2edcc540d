package dev.tsunagari.metrics;

import dev.tsunagari.graph.QueryTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One timer per Cypher file and outcome ({@code neo4j_query_seconds{query="people/get",outcome="ok"}}), so a slow
 * statement is found by the name of its file. Names come from files in the jar, never from requests.
 */
final class QueryTimers implements QueryTimer {
    private static final Duration[] BUCKETS = Metrics.buckets(1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000);
    private final MeterRegistry registry;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    QueryTimers(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void record(String query, long nanos, boolean failed) {
        String outcome = failed ? "error" : "ok";
        timers.computeIfAbsent(query + "|" + outcome, key -> Timer.builder("neo4j.query")
                        .description("Neo4j statements by Cypher file, until their result was first read")
                        .tags("query", query, "outcome", outcome)
                        .serviceLevelObjectives(BUCKETS)
                        .register(registry))
                .record(nanos, TimeUnit.NANOSECONDS);
    }
}
