package dev.tsunagari.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import org.neo4j.driver.observation.metrics.ConnectionPoolMetrics;
import org.neo4j.driver.observation.metrics.Metrics;

/**
 * Gauges over the driver's connection pools. The driver opens a pool per server address as it meets them (one
 * for a single server, one per member of a cluster), so new pools are bound whenever metrics are read.
 */
final class DriverPoolGauges {
    private final MeterRegistry registry;
    private final Metrics driverMetrics;
    private final Set<String> bound = ConcurrentHashMap.newKeySet();

    DriverPoolGauges(MeterRegistry registry, Metrics driverMetrics) {
        this.registry = registry;
        this.driverMetrics = driverMetrics;
        refresh();
    }

    void refresh() {
        for (ConnectionPoolMetrics pool : driverMetrics.connectionPoolMetrics()) {
            if (bound.add(pool.id())) {
                bind(pool);
            }
        }
    }

    private void bind(ConnectionPoolMetrics pool) {
        connections(pool, "in_use", ConnectionPoolMetrics::inUse);
        connections(pool, "idle", ConnectionPoolMetrics::idle);
        connections(pool, "creating", ConnectionPoolMetrics::creating);
        Gauge.builder("neo4j.driver.pool.acquiring", pool, ConnectionPoolMetrics::acquiring)
                .description("Requests waiting for a connection").tag("pool", pool.id())
                .strongReference(true).register(registry);
        counter(pool, "neo4j.driver.pool.acquired", "Connections handed out", ConnectionPoolMetrics::acquired);
        counter(pool, "neo4j.driver.pool.acquisition.timeouts", "Waits for a connection that timed out",
                ConnectionPoolMetrics::timedOutToAcquire);
        // Not "created": Prometheus reserves the _created suffix and would drop it from the name.
        counter(pool, "neo4j.driver.pool.opened", "Connections opened", ConnectionPoolMetrics::created);
        counter(pool, "neo4j.driver.pool.open.failures", "Connections that could not be opened",
                ConnectionPoolMetrics::failedToCreate);
        counter(pool, "neo4j.driver.pool.closed", "Connections closed", ConnectionPoolMetrics::closed);
    }

    private void connections(ConnectionPoolMetrics pool, String state, ToDoubleFunction<ConnectionPoolMetrics> value) {
        Gauge.builder("neo4j.driver.pool.connections", pool, value)
                .description("Connections of the driver's pool by state")
                .tags("pool", pool.id(), "state", state)
                .strongReference(true)
                .register(registry);
    }

    private void counter(ConnectionPoolMetrics pool, String name, String description,
            ToDoubleFunction<ConnectionPoolMetrics> value) {
        FunctionCounter.builder(name, pool, value).description(description).tag("pool", pool.id()).register(registry);
    }
}
