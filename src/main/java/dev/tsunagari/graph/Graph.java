package dev.tsunagari.graph;

import dev.tsunagari.config.DbTimeouts;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.observation.metrics.Metrics;

/**
 * The one door to Neo4j. Reads go through {@code executeRead} (so a {@code neo4j://} cluster routes them to
 * readers) and writes through {@code executeWrite}; both are retried by the driver, so every write function
 * must be idempotent. Every call is bounded ({@link DbTimeouts}): on the server by its transaction time-out, on
 * the client by {@link DbCalls}; one that cannot reach Neo4j throws {@link DatabaseUnavailable}.
 */
public final class Graph {
    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final Optional<Metrics> pools;
    private final QueryTimer timer;
    private final TransactionConfig readConfig;
    private final DbTimeouts timeouts;
    private final DbCalls calls;
    private final Supplier<Optional<DatabaseUnavailable>> gate;
    /** Writes share it, {@link #withWritesHeld} takes it alone; shared by every copy made by {@link #timedBy}. */
    private final ReentrantReadWriteLock writes;

    /** Work done while writes are held back. */
    @FunctionalInterface
    public interface HeldWork<T> {
        T run() throws IOException;
    }

    public Graph(Driver driver, String database) {
        this(driver, database, Optional.empty());
    }

    /** {@code pools}: the driver's connection pool metrics, when it was opened with them. */
    public Graph(Driver driver, String database, Optional<Metrics> pools) {
        this(driver, database, pools, DbTimeouts.DEFAULTS);
    }

    /** {@code timeouts}: the bounds of every call (the driver should be opened with the same). */
    public Graph(Driver driver, String database, Optional<Metrics> pools, DbTimeouts timeouts) {
        // One bookmark manager for every session: on a cluster, a read waits for the writes this process made.
        this(driver, SessionConfig.builder().withDatabase(database)
                .withBookmarkManager(driver.executableQueryBookmarkManager()).build(), pools, QueryTimer.NONE,
                TransactionConfig.empty(), new ReentrantReadWriteLock(), timeouts, new DbCalls(timeouts.concurrency()),
                Optional::empty);
    }

    private Graph(Driver driver, SessionConfig sessionConfig, Optional<Metrics> pools, QueryTimer timer,
            TransactionConfig readConfig, ReentrantReadWriteLock writes, DbTimeouts timeouts, DbCalls calls,
            Supplier<Optional<DatabaseUnavailable>> gate) {
        this.driver = driver;
        this.sessionConfig = sessionConfig;
        this.pools = pools;
        this.timer = timer;
        this.readConfig = readConfig;
        this.writes = writes;
        this.timeouts = timeouts;
        this.calls = calls;
        this.gate = gate;
    }

    /** The same graph, telling {@code timer} how long each statement run through {@link #run} took. */
    public Graph timedBy(QueryTimer newTimer) {
        return new Graph(driver, sessionConfig, pools, newTimer, readConfig, writes, timeouts, calls, gate);
    }

    /** The same graph whose ordinary calls are bounded by {@code timeout} instead (schema migrations). */
    public Graph withTimeout(Duration timeout) {
        return new Graph(driver, sessionConfig, pools, timer, readConfig, writes,
                new DbTimeouts(timeout, timeouts.probeInterval(), timeouts.concurrency()), calls, gate);
    }

    /**
     * The same graph whose reads the server ends after {@code timeout}: a finder asked too broad a question fails
     * with {@link QueryTimedOut} instead of holding a thread and a connection for as long as it takes.
     */
    public Graph withReadTimeout(Duration timeout) {
        return new Graph(driver, sessionConfig, pools, timer, TransactionConfig.builder().withTimeout(timeout).build(),
                writes, timeouts, calls, gate);
    }

    public <T> T read(TransactionCallback<T> work) {
        if (readConfig.timeout() != null) {
            // A time-out of the caller's own: the server ending the read is its answer (too broad a question), so
            // the client waits a little longer than the server.
            Duration limit = readConfig.timeout();
            return bounded(limit, DbTimeouts.deadline(limit), () -> {
                try (Session session = driver.session(sessionConfig)) {
                    return session.executeRead(tx -> attempt(work, tx), readConfig);
                } catch (Neo4jException e) {
                    throw QueryTimedOut.ifTimeout(e, limit);
                }
            });
        }
        return bounded(timeouts.timeout(), timeouts.timeout(), () -> {
            try (Session session = driver.session(sessionConfig)) {
                return session.executeRead(tx -> attempt(work, tx), serverLimit());
            }
        });
    }

    public <T> T write(TransactionCallback<T> work) {
        writes.readLock().lock();
        try {
            return bounded(timeouts.timeout(), timeouts.timeout(), () -> {
                try (Session session = driver.session(sessionConfig)) {
                    return session.executeWrite(tx -> attempt(work, tx), serverLimit());
                }
            });
        } finally {
            writes.readLock().unlock();
        }
    }

    /**
     * Runs work that opens its own sessions (the Cypher console) under the same bulkhead and client-side deadline
     * as {@link #read}, a little past {@code serverLimit}, the time-out it gives its transactions.
     */
    public <T> T within(Duration serverLimit, Callable<T> work) {
        return bounded(serverLimit, DbTimeouts.deadline(serverLimit), work);
    }

    /**
     * The same graph, refusing every call at once while {@code probe} last found Neo4j down: requests answer 503
     * without waiting for a connection that will not come, and the probe lets them through as soon as it answers.
     */
    public Graph guardedBy(Neo4jProbe probe) {
        return new Graph(driver, sessionConfig, pools, timer, readConfig, writes, timeouts, calls, probe::refusal);
    }

    /** Runs {@code work} under the gate, the bulkhead and a client-side deadline. */
    private <T> T bounded(Duration serverLimit, Duration deadline, Callable<T> work) {
        gate.get().ifPresent(refusal -> {
            throw refusal;
        });
        try {
            return calls.call(work, serverLimit, deadline);
        } catch (RuntimeException e) {
            throw DatabaseUnavailable.of(e, serverLimit).map(RuntimeException.class::cast).orElse(e);
        }
    }

    /**
     * One attempt of a transaction function. The driver retries a function whose connection was lost, and an
     * interrupt at the deadline drops the connection: a call the caller gave up on must not start again, nor one
     * the probe has meanwhile found Neo4j down for (it answers 503 now rather than at its deadline).
     */
    private <T> T attempt(TransactionCallback<T> work, TransactionContext tx) {
        if (Thread.currentThread().isInterrupted()) {
            throw DatabaseUnavailable.notAnswering(timeouts.timeout());
        }
        gate.get().ifPresent(refusal -> {
            throw refusal;
        });
        try {
            return work.execute(timed(tx));
        } catch (Neo4jException e) {
            throw DeletedMeanwhile.orItself(e);
        }
    }

    private TransactionConfig serverLimit() {
        return TransactionConfig.builder().withTimeout(timeouts.timeout()).build();
    }

    /**
     * Runs {@code work} once every write of this process has finished, holding new ones back until it returns, so
     * that what it reads (in as many read transactions as it likes) is the graph at one moment. A read transaction
     * alone would not be: Neo4j's isolation is read-committed, so it sees every commit made while it runs. Writes
     * wait rather than fail. Only this process's writes are held: another process writing to the same Neo4j is not.
     */
    public <T> T withWritesHeld(HeldWork<T> work) throws IOException {
        writes.writeLock().lock();
        try {
            return work.run();
        } finally {
            writes.writeLock().unlock();
        }
    }

    /**
     * Runs one read statement once, outside the retrying transaction functions and the bulkhead: a health probe
     * must not wait for a retry or a free thread. The caller bounds it ({@link Neo4jProbe}).
     */
    public void probe(Cypher query) {
        SessionConfig once = SessionConfig.builder()
                .withDatabase(sessionConfig.database().orElse("neo4j"))
                .withDefaultAccessMode(AccessMode.READ)
                .build();
        try (Session session = driver.session(once)) {
            session.run(query.text(), TransactionConfig.builder().withTimeout(timeouts.probeTimeout()).build()).consume();
        }
    }

    private TransactionContext timed(TransactionContext tx) {
        return timer == QueryTimer.NONE ? tx : new TimedTransaction(tx, timer);
    }

    /** Runs a named statement inside a transaction function. */
    public static Result run(TransactionContext tx, Cypher query, Map<String, Object> parameters) {
        if (tx instanceof TimedTransaction timed) {
            return timed.run(query, parameters);
        }
        return tx.run(query.text(), parameters);
    }

    public Driver driver() {
        return driver;
    }

    public SessionConfig sessionConfig() {
        return sessionConfig;
    }

    public Optional<Metrics> poolMetrics() {
        return pools;
    }

    public DbTimeouts timeouts() {
        return timeouts;
    }

    /** The bulkhead every call goes through (its counts are metrics). */
    public DbCalls calls() {
        return calls;
    }
}
