package dev.tsunagari.metrics;

import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.ToDoubleFunction;

/**
 * Gauges over the live tie index inside Neo4j ({@code tsunagari.index.status()}): people, ties, fan ties, bytes,
 * build time, the last transaction applied and the store's, updates, ready and current. Read when metrics are
 * scraped, on a thread of its own and at most once a second: a scrape waits a moment for a fresh reading and
 * otherwise shows the last one, so {@code /metrics} answers even while the database does not.
 */
final class IndexGauges {
    private static final long WAIT_MILLIS = 500;
    private static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(1);
    private final Graph graph;
    private final Cypher status;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "index-gauges");
        t.setDaemon(true);
        return t;
    });
    private volatile Map<String, Object> last = Map.of();
    private CompletableFuture<Void> reading = CompletableFuture.completedFuture(null);
    private long readAt = System.nanoTime() - 2 * FRESH_NANOS;

    IndexGauges(MeterRegistry registry, Graph graph) {
        this.graph = graph;
        this.status = new CypherFiles().get("graph/index_status");
        gauge(registry, "tsunagari.index.people", "People in the live tie index", "people");
        gauge(registry, "tsunagari.index.ties", "KNOWS and TRUSTS ties in the live tie index", "ties");
        gauge(registry, "tsunagari.index.fan.ties", "FAN_OF ties in the live tie index", "fanTies");
        gauge(registry, "tsunagari.index.bytes", "Estimated heap bytes of the live tie index", "bytes");
        gauge(registry, "tsunagari.index.build.seconds", "How long the last full build of the index took",
                s -> number(s, "buildMillis") / 1000.0);
        gauge(registry, "tsunagari.index.last.transaction", "The last transaction the index applied",
                "lastTransaction");
        gauge(registry, "tsunagari.index.store.transaction", "The store's last closed transaction", "storeTransaction");
        gauge(registry, "tsunagari.index.updates", "Updates applied to the index since its build", "updates");
        gauge(registry, "tsunagari.index.ready", "1 when the index is built", s -> flag(s, "ready"));
        gauge(registry, "tsunagari.index.current", "1 when the index has seen every committed transaction",
                s -> flag(s, "current"));
    }

    /** Starts a reading unless one is fresh or under way, and waits a moment for it. */
    void refresh() {
        CompletableFuture<Void> pending;
        synchronized (this) {
            if (reading.isDone() && System.nanoTime() - readAt > FRESH_NANOS) {
                readAt = System.nanoTime();
                reading = CompletableFuture.runAsync(this::read, reader);
            }
            pending = reading;
        }
        try {
            pending.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            // The last reading stands; the database's own health is /health's to tell.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void read() {
        try {
            last = graph.read(tx -> Graph.run(tx, status, Map.of()).list(r -> r.asMap()).stream().findFirst()
                    .orElse(Map.of()));
        } catch (RuntimeException e) {
            last = Map.of();
        }
    }

    private void gauge(MeterRegistry registry, String name, String description, String field) {
        gauge(registry, name, description, s -> number(s, field));
    }

    private void gauge(MeterRegistry registry, String name, String description,
            ToDoubleFunction<Map<String, Object>> value) {
        Gauge.builder(name, this, g -> value.applyAsDouble(g.last)).description(description).strongReference(true)
                .register(registry);
    }

    private static double number(Map<String, Object> status, String field) {
        return status.get(field) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static double flag(Map<String, Object> status, String field) {
        Object v = status.get(field);
        return v instanceof Boolean b ? (b ? 1 : 0) : Double.NaN;
    }
}
