package dev.tsunagari.metrics;

import dev.tsunagari.graph.DbCalls;
import dev.tsunagari.graph.Neo4jProbe;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** Whether Neo4j answers, how often it stopped, and what the bulkhead in front of it refused or gave up on. */
final class OutageMeters {
    private OutageMeters() {}

    static void bind(MeterRegistry registry, Neo4jProbe probe, DbCalls calls) {
        Gauge.builder("tsunagari.neo4j.up", probe, p -> p.state().up() ? 1 : 0)
                .description("1 when Neo4j answered the last health probe, 0 when not").register(registry);
        FunctionCounter.builder("tsunagari.neo4j.outages", probe, Neo4jProbe::outages)
                .description("Times Neo4j went from answering to not answering the health probe").register(registry);
        Gauge.builder("tsunagari.neo4j.calls.active", calls, DbCalls::active)
                .description("Calls to Neo4j under way (at most TSUNAGARI_DB_CONCURRENCY)").register(registry);
        FunctionCounter.builder("tsunagari.neo4j.calls.refused", calls, DbCalls::refused)
                .description("Calls refused with 503 because TSUNAGARI_DB_CONCURRENCY calls were already waiting")
                .register(registry);
        FunctionCounter.builder("tsunagari.neo4j.calls.timed.out", calls, DbCalls::timedOut)
                .description("Calls answered 503 because Neo4j did not answer within TSUNAGARI_DB_TIMEOUT")
                .register(registry);
    }
}
