package dev.tsunagari.graph;

import dev.tsunagari.config.Config;
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
    private final Optional<EmbeddedNeo4j> embedded;
    private final Driver driver;
    private final Graph graph;
    private final String description;

    private Neo4jConnection(Optional<EmbeddedNeo4j> embedded, Driver driver, String database, String description,
            Optional<Metrics> pools) {
        this.embedded = embedded;
        this.driver = driver;
        this.graph = new Graph(driver, database, pools);
        this.description = description;
    }

    /**
     * Opens the driver and checks the {@code tsunagari.*} procedures of that Neo4j ({@link PluginCheck}): every
     * command that talks to Neo4j comes through here, and none starts on a Neo4j without the matching plugin.
     */
    public static Neo4jConnection open(Config config) {
        Neo4jConnection connection = connect(config);
        try {
            PluginCheck.verify(connection.graph(), connection.description());
            return connection;
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private static Neo4jConnection connect(Config config) {
        if (config.embedded()) {
            String password = BoltPassword.resolve(config);
            EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(config.dataDir().resolve("neo4j"), config.boltPort(), password,
                    config.pageCache());
            try {
                MetricsObservationProvider pools = MetricsObservationProvider.newInstance();
                Driver driver = driver(neo4j.boltUri(), AuthTokens.basic(BoltPassword.USER, password), pools);
                return new Neo4jConnection(Optional.of(neo4j), driver, "neo4j", "embedded, " + neo4j.boltUri(),
                        Optional.of(pools.metrics()));
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
        return new Neo4jConnection(Optional.empty(), driver(uri, auth, pools), config.neo4jDatabase(),
                "external, " + uri, Optional.of(pools.metrics()));
    }

    /** Wraps a driver the caller already opened (tests against a container or another server). */
    public static Neo4jConnection external(Driver driver, String database, String description) {
        return new Neo4jConnection(Optional.empty(), driver, database, description, Optional.empty());
    }

    private static Driver driver(String uri, AuthToken auth, MetricsObservationProvider pools) {
        Driver driver = GraphDatabase.driver(uri, auth, org.neo4j.driver.Config.builder()
                .withLogging(Logging.slf4j())
                .withObservationProvider(pools)
                .withConnectionAcquisitionTimeout(30, TimeUnit.SECONDS)
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
