package dev.tsunagari.graph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A real Neo4j started in this process, reachable only over Bolt on 127.0.0.1: the service talks to it through
 * the driver exactly as it would to a server, so there is one code path for embedded and external mode.
 */
public final class EmbeddedNeo4j implements AutoCloseable {
    private final DatabaseManagementService dbms;
    private final int boltPort;

    private EmbeddedNeo4j(DatabaseManagementService dbms, int boltPort) {
        this.dbms = dbms;
        this.boltPort = boltPort;
    }

    /** Starts Neo4j on {@code dataDir}; {@code boltPort} 0 picks a free port. */
    public static EmbeddedNeo4j start(Path dataDir, int boltPort) {
        return start(dataDir, boltPort, Optional.empty());
    }

    /**
     * Like {@link #start(Path, int)}, with the page cache bounded to {@code pageCache} ("1500m", "2g"); without
     * it Neo4j sizes the page cache from the machine's memory, and the process grows with the store it reads.
     */
    public static EmbeddedNeo4j start(Path dataDir, int boltPort, Optional<String> pageCache) {
        // Neo4j rejects a home that is not normalised, and the default data directory is ./data.
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(dataDir.toAbsolutePath().normalize());
        pageCache.ifPresent(size -> builder.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(size)));
        DatabaseManagementService dbms = builder
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                // Without this the embedded Bolt server waits about ten seconds on shutdown.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(3))
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
                .build();
        GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        int port = db.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT)
                .getPort();
        return new EmbeddedNeo4j(dbms, port);
    }

    public int boltPort() {
        return boltPort;
    }

    public String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    @Override
    public void close() {
        dbms.shutdown();
    }
}
