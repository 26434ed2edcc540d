package dev.tsunagari.graph;

import java.time.Duration;
import java.util.Map;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;

/**
 * The one door to Neo4j. Reads go through {@code executeRead} (so a {@code neo4j://} cluster routes them to
 * readers) and writes through {@code executeWrite}; both are retried by the driver, so every write function
 * must be idempotent.
 */
public final class Graph {
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);
    private final Driver driver;
    private final SessionConfig sessionConfig;

    public Graph(Driver driver, String database) {
        this.driver = driver;
        this.sessionConfig = SessionConfig.forDatabase(database);
    }

    public <T> T read(TransactionCallback<T> work) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeRead(work);
        }
    }

    public <T> T write(TransactionCallback<T> work) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeWrite(work);
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

    /** Runs a named statement inside a transaction function. */
    public static Result run(TransactionContext tx, Cypher query, Map<String, Object> parameters) {
        return tx.run(query.text(), parameters);
    }

    public Driver driver() {
        return driver;
    }

    public SessionConfig sessionConfig() {
        return sessionConfig;
    }
}
