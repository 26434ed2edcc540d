package dev.tsunagari.graph;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks Neo4j {@code graph/ping} every probe interval on a thread of its own and keeps the answer, so that
 * {@code /health} reads a state and never waits on Neo4j. A probe still running past its time-out is itself the
 * answer: Neo4j is "not answering within N ms". Outages (UP to DOWN) are counted and logged once each, with how
 * long the last one lasted when Neo4j is back.
 */
public final class Neo4jProbe implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Neo4jProbe.class);
    private static final String NOT_PROBED = "not probed yet";
    private final Graph graph;
    private final Cypher ping;
    private final Duration interval;
    private final Duration timeout;
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(daemon("neo4j-probe-tick"));
    private final ExecutorService probes = Executors.newSingleThreadExecutor(daemon("neo4j-probe"));
    private final AtomicLong outages = new AtomicLong();
    private volatile State state = new State(false, NOT_PROBED, System.nanoTime());
    private Future<?> running;
    private long runningSince;

    /** UP or DOWN, why, and since when ({@link System#nanoTime()}). */
    public record State(boolean up, String reason, long sinceNanos) {}

    public Neo4jProbe(Graph graph, CypherFiles files) {
        this.graph = graph;
        this.ping = files.get("graph/ping");
        this.interval = graph.timeouts().probeInterval();
        this.timeout = graph.timeouts().probeTimeout();
    }

    /** Probes once, waiting at most the probe time-out, then every interval in the background. */
    public void start() {
        tick();
        long started = System.nanoTime();
        while (isRunning() && System.nanoTime() - started < timeout.toNanos()) {
            sleep(Math.min(20, interval.toMillis()));
        }
        tick();
        ticks.scheduleWithFixedDelay(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The last answer, or DOWN when the probe under way has run past its time-out. */
    public State state() {
        return state;
    }

    /** Why a call should not even try Neo4j: it was found down. Before the first answer every call may try. */
    public Optional<DatabaseUnavailable> refusal() {
        State now = state;
        return now.up() || now.reason().equals(NOT_PROBED) ? Optional.empty()
                : Optional.of(DatabaseUnavailable.probedDown(now.reason()));
    }

    /** How many times Neo4j went from UP (or not probed yet) to DOWN. */
    public long outages() {
        return outages.get();
    }

    private synchronized boolean isRunning() {
        return running != null && !running.isDone();
    }

    private synchronized void tick() {
        if (running != null && !running.isDone()) {
            if (System.nanoTime() - runningSince > timeout.toNanos()) {
                // Interrupting makes the driver drop the connection the probe waits on; the next tick tries again.
                running.cancel(true);
                running = null;
                record(false, "not answering within " + timeout.toMillis() + " ms");
            }
            return;
        }
        if (running != null) {
            record(outcome(running));
        }
        runningSince = System.nanoTime();
        running = probes.submit(() -> graph.probe(ping));
    }

    private static String outcome(Future<?> done) {
        try {
            done.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause() instanceof RuntimeException runtime
                    ? DatabaseUnavailable.of(runtime, Duration.ZERO).map(DatabaseUnavailable::reason)
                            .orElse("failing: " + runtime.getClass().getSimpleName())
                    : "failing";
        } catch (InterruptedException | java.util.concurrent.CancellationException e) {
            return "not answering";
        }
    }

    private void record(String downReason) {
        record(downReason == null, downReason);
    }

    private void record(boolean up, String reason) {
        State before = state;
        if (before.up() == up && (up || before.reason().equals(reason))) {
            return;
        }
        long now = System.nanoTime();
        if (!up && (before.up() || before.reason().equals(NOT_PROBED))) {
            outages.incrementAndGet();
            log.warn("Neo4j is DOWN: {}; requests that need it answer 503 until it is back", reason);
        } else if (up) {
            log.info("Neo4j is UP{}", before.reason().equals(NOT_PROBED) ? ""
                    : " again after " + (now - before.sinceNanos()) / 1_000_000 + " ms down");
        } else {
            log.warn("Neo4j is still DOWN: {}", reason);
        }
        state = new State(up, up ? "" : reason, before.up() == up ? before.sinceNanos() : now);
    }

    @Override
    public void close() {
        ticks.shutdownNow();
        probes.shutdownNow();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return work -> {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
