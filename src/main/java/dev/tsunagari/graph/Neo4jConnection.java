package dev.tsunagari.graph;

import dev.tsunagari.config.DbTimeouts;
import dev.tsunagari.config.Config;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.observation.metrics.Metrics;
import org.neo4j.driver.observation.metrics.MetricsObservationProvider;

/**
 * Opens the single driver of the application: against the embedded Neo4j when no {@code NEO4J_URI} is set,
 * otherwise against that server or cluster ({@code bolt://} or {@code neo4j://}).
 */
public final class Neo4jConnection implements AutoCloseable {
    private static final Duration LIVENESS_CHECK_AFTER_IDLE = Duration.ofSeconds(30);
    private final Optional<EmbeddedNeo4j> embedded;
    private final Driver driver;
    private final Graph graph;
    private final String description;

    private Neo4jConnection(Optional<EmbeddedNeo4j> embedded, Driver driver, String database, String description,
            Optional<Metrics> pools, DbTimeouts timeouts) {
        this.embedded = embedded;
        this.driver = driver;
        this.graph = new Graph(driver, database, pools, timeouts);
        this.description = description;
    }

    /**
     * Opens the driver and checks the {@code tsunagari.*} procedures of that Neo4j ({@link PluginCheck}): every
     * command that talks to Neo4j comes through here, and none starts on a Neo4j without the matching plugin.
     */
    public static Neo4jConnection open(Config config) {
        return open(config, config.database());
    }

    /** Like {@link #open(Config)}, with the bounds of every call to Neo4j given. */
    public static Neo4jConnection open(Config config, DbTimeouts timeouts) {
        Neo4jConnection connection = connect(config, timeouts);
        try {
            PluginCheck.verify(connection.graph(), connection.description());
            return connection;
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private static Neo4jConnection connect(Config config, DbTimeouts timeouts) {
        if (config.embedded()) {
            String password = BoltPassword.resolve(config);
            EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(config.dataDir().resolve("neo4j"), config.boltPort(), password,
                    config.pageCache());
            try {
                MetricsObservationProvider pools = MetricsObservationProvider.newInstance();
                Driver driver = driver(neo4j.boltUri(), AuthTokens.basic(BoltPassword.USER, password), pools, timeouts);
                return new Neo4jConnection(Optional.of(neo4j), driver, "neo4j", "embedded, " + neo4j.boltUri(),
                        Optional.of(pools.metrics()), timeouts);
            } catch (RuntimeException e) {
                neo4j.close();
                throw e;
            }
        }
        String uri = config.neo4jUri().orElseThrow().toString();
        AuthToken auth = config.neo4jPassword().isEmpty()
                ? AuthTokens.none()
                : AuthTokens.basic(config.neo4jUser(), config.neo4jPassword());
        MetricsObservationProvider pools = MetricsObservationProvider.newInstance();
        return new Neo4jConnection(Optional.empty(), driver(uri, auth, pools, timeouts), config.neo4jDatabase(),
                "external, " + uri, Optional.of(pools.metrics()), timeouts);
    }

    /** Wraps a driver the caller already opened (tests against a container or another server). */
    public static Neo4jConnection external(Driver driver, String database, String description) {
        return new Neo4jConnection(Optional.empty(), driver, database, description, Optional.empty(),
                DbTimeouts.DEFAULTS);
    }

    /**
     * Every wait of the driver is bounded by {@code timeouts}: opening a connection, taking one from the pool, and
     * retrying a transaction. A connection idle for a while is checked before it is used again, so one a restarted
     * or partitioned server left half-open is dropped instead of handed to a request.
     */
    private static Driver driver(String uri, AuthToken auth, MetricsObservationProvider pools, DbTimeouts timeouts) {
        long millis = timeouts.timeout().toMillis();
        Driver driver = GraphDatabase.driver(uri, auth, org.neo4j.driver.Config.builder()
                .withLogging(Logging.slf4j())
                .withObservationProvider(pools)
                .withConnectionTimeout(millis, TimeUnit.MILLISECONDS)
                .withConnectionAcquisitionTimeout(millis, TimeUnit.MILLISECONDS)
                .withMaxTransactionRetryTime(millis, TimeUnit.MILLISECONDS)
                .withConnectionLivenessCheckTimeout(LIVENESS_CHECK_AFTER_IDLE.toMillis(), TimeUnit.MILLISECONDS)
                .withMaxConnectionPoolSize(64)
                .build());
        driver.verifyConnectivity();
        return driver;
    }

    public Graph graph() {
        return graph;
    }

    public String description() {
        return description;
    }

    public Optional<EmbeddedNeo4j> embedded() {
        return embedded;
    }

    @Override
    public void close() {
        driver.close();
        embedded.ifPresent(EmbeddedNeo4j::close);
    }
}
