package dev.tsunagari.graph;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
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
 * must be idempotent.
 */
public final class Graph {
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);
    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final Optional<Metrics> pools;
    private final QueryTimer timer;
    private final TransactionConfig readConfig;
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
        // One bookmark manager for every session: on a cluster, a read waits for the writes this process made.
        this(driver, SessionConfig.builder().withDatabase(database)
                .withBookmarkManager(driver.executableQueryBookmarkManager()).build(), pools, QueryTimer.NONE,
                TransactionConfig.empty(), new ReentrantReadWriteLock());
    }

    private Graph(Driver driver, SessionConfig sessionConfig, Optional<Metrics> pools, QueryTimer timer,
            TransactionConfig readConfig, ReentrantReadWriteLock writes) {
        this.driver = driver;
        this.sessionConfig = sessionConfig;
        this.pools = pools;
        this.timer = timer;
        this.readConfig = readConfig;
        this.writes = writes;
    }

    /** The same graph, telling {@code timer} how long each statement run through {@link #run} took. */
    public Graph timedBy(QueryTimer newTimer) {
        return new Graph(driver, sessionConfig, pools, newTimer, readConfig, writes);
    }

    /**
     * The same graph whose reads the server ends after {@code timeout}: a finder asked too broad a question fails
     * with {@link QueryTimedOut} instead of holding a thread and a connection for as long as it takes.
     */
    public Graph withReadTimeout(Duration timeout) {
        return new Graph(driver, sessionConfig, pools, timer, TransactionConfig.builder().withTimeout(timeout).build(),
                writes);
    }

    public <T> T read(TransactionCallback<T> work) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeRead(tx -> work.execute(timed(tx)), readConfig);
        } catch (Neo4jException e) {
            throw QueryTimedOut.ifTimeout(e, readConfig.timeout());
        }
    }

    public <T> T write(TransactionCallback<T> work) {
        writes.readLock().lock();
        try (Session session = driver.session(sessionConfig)) {
            return session.executeWrite(tx -> work.execute(timed(tx)));
        } finally {
            writes.readLock().unlock();
        }
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
     * Runs one read statement once, outside the retrying transaction functions: a health probe must answer within
     * seconds, where {@link #read} would keep retrying an unreachable database for half a minute.
     */
    public void probe(Cypher query) {
        SessionConfig once = SessionConfig.builder()
                .withDatabase(sessionConfig.database().orElse("neo4j"))
                .withDefaultAccessMode(AccessMode.READ)
                .build();
        try (Session session = driver.session(once)) {
            session.run(query.text(), TransactionConfig.builder().withTimeout(PROBE_TIMEOUT).build()).consume();
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
}
