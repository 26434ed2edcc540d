package dev.tsunagari.metrics;

import dev.tsunagari.graph.DbCalls;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.graph.Neo4jProbe;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The service's meters, one Prometheus registry per app, served at {@code GET /metrics}: request latency per
 * route template and status, Neo4j time per named Cypher file, driver pool gauges, the live tie index's status,
 * JVM basics and import progress. The route is public like {@code /health}: it holds counts and timings, never anyone's data, and no
 * label carries a value a client chose (routes are templates, not paths).
 */
public final class Metrics {
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    static final Duration[] REQUEST_BUCKETS = buckets(5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000);
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final List<DriverPoolGauges> pools = new CopyOnWriteArrayList<>();
    private final ImportProgress imports = new ImportProgress(registry);
    private final List<IndexGauges> indexes = new CopyOnWriteArrayList<>();

    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** The same graph, timing every named statement; its driver's pools show up as gauges. */
    public Graph observe(Graph graph) {
        graph.poolMetrics().ifPresent(driverMetrics -> pools.add(new DriverPoolGauges(registry, driverMetrics)));
        indexes.add(new IndexGauges(registry, graph));
        return graph.timedBy(new QueryTimers(registry));
    }

    /** Neo4j's availability and the bulkhead in front of it, as meters (see {@link OutageMeters}). */
    public void watch(Neo4jProbe probe, DbCalls calls) {
        OutageMeters.bind(registry, probe, calls);
    }

    /** One finished request; {@code route} is the route template, never the raw path. */
    public void request(String method, String route, int status, long nanos) {
        Timer.builder("http.server.requests")
                .description("HTTP requests by route template and status")
                .tags("method", method, "route", route, "status", Integer.toString(status))
                .serviceLevelObjectives(REQUEST_BUCKETS)
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /** The hook an import reports its progress to (see {@link ImportProgress}). */
    public ImportProgress imports() {
        return imports;
    }

    /** {@code GET /metrics}: the Prometheus text format. */
    public void scrape(Context ctx) {
        ctx.contentType(CONTENT_TYPE).result(scrape());
    }

    public String scrape() {
        pools.forEach(DriverPoolGauges::refresh);
        indexes.forEach(IndexGauges::refresh);
        return registry.scrape();
    }

    public MeterRegistry registry() {
        return registry;
    }

    static Duration[] buckets(long... millis) {
        Duration[] buckets = new Duration[millis.length];
        for (int i = 0; i < millis.length; i++) {
            buckets[i] = Duration.ofMillis(millis[i]);
        }
        return buckets;
    }
}
