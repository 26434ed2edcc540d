package dev.tsunagari.support;

import java.nio.file.Path;
import java.util.Optional;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A Neo4j configured by hand, as an operator might leave a server: Bolt on a free port without auth, the plugins
 * directory given (or none), and nothing of the service's own settings.
 */
public final class PlainNeo4j implements AutoCloseable {
    private final DatabaseManagementService dbms;

    public PlainNeo4j(Path home, Optional<Path> plugins) {
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, false);
        plugins.ifPresent(dir -> builder.setConfig(GraphDatabaseSettings.plugin_dir, dir.toAbsolutePath().normalize()));
        this.dbms = builder.build();
    }

    public String boltUri() {
        int port = ((GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME))
                .getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT).getPort();
        return "bolt://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        dbms.shutdown();
    }
}
