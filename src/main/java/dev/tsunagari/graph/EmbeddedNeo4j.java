package dev.tsunagari.graph;

import dev.tsunagari.procedures.Procedures;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A real Neo4j started in this process, reachable only over Bolt on 127.0.0.1 and only with the password of its
 * {@code neo4j} user (see {@link BoltPassword}): the service talks to it through the driver exactly as it would to
 * a server, so there is one code path for embedded and external mode, and another local user or a web page cannot
 * use the port without the password.
 */
public final class EmbeddedNeo4j implements AutoCloseable {
    private final DatabaseManagementService dbms;
    private final int boltPort;

    private EmbeddedNeo4j(DatabaseManagementService dbms, int boltPort) {
        this.dbms = dbms;
        this.boltPort = boltPort;
    }

    /** Starts Neo4j on {@code dataDir}; {@code boltPort} 0 picks a free port; Bolt requires {@code password}. */
    public static EmbeddedNeo4j start(Path dataDir, int boltPort, String password) {
        return start(dataDir, boltPort, password, Optional.empty());
    }

    /**
     * Like {@link #start(Path, int, String)}, with the page cache bounded to {@code pageCache} ("1500m", "2g");
     * without it Neo4j sizes the page cache from the machine's memory, and the process grows with the store it reads.
     * The {@code tsunagari.*} procedures are registered from this process's own classes; the tie index extension
     * is found on the class path by Neo4j itself.
     */
    public static EmbeddedNeo4j start(Path dataDir, int boltPort, String password, Optional<String> pageCache) {
        return start(dataDir, boltPort, password, pageCache, Optional.empty());
    }

    /**
     * Like {@link #start(Path, int, String, Optional)}, but the procedures are not registered here: Neo4j loads
     * them, as a server does, from the jars in {@code pluginDir} ({@code neo4j-server}, see
     * {@code Neo4jServerClassLoader} for where the classes come from).
     */
    public static EmbeddedNeo4j startWithPlugins(Path dataDir, int boltPort, String password, Optional<String> pageCache,
            Path pluginDir) {
        return start(dataDir, boltPort, password, pageCache, Optional.of(pluginDir));
    }

    private static EmbeddedNeo4j start(Path dataDir, int boltPort, String password, Optional<String> pageCache,
            Optional<Path> pluginDir) {
        // Neo4j rejects a home that is not normalised, and the default data directory is ./data.
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(dataDir.toAbsolutePath().normalize());
        pageCache.ifPresent(size -> builder.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(size)));
        pluginDir.ifPresent(dir -> builder.setConfig(GraphDatabaseSettings.plugin_dir, dir.toAbsolutePath().normalize()));
        // tsunagari.search and tsunagari.connectors read full-text hits through the kernel (procedures/Matches).
        builder.setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of(PluginCheck.UNRESTRICTED));
        DatabaseManagementService dbms = builder
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // Nothing of the service reads files through Cypher; the console must not either.
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                // Time limits (finders, console) are enforced when the monitor looks; the default looks every 2 s.
                .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(200))
                // Without this the embedded Bolt server waits about ten seconds on shutdown.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(3))
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
                .build();
        GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        try {
            setPassword(dbms, password);
            if (pluginDir.isEmpty()) {
                // Global: every database of this DBMS has them, as with a plugin jar.
                Procedures.registerAll(db.getDependencyResolver().resolveDependency(GlobalProcedures.class));
            }
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw e;
        }
        int port = db.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT)
                .getPort();
        return new EmbeddedNeo4j(dbms, port);
    }

    /**
     * Through the embedded API, which needs no password: this is how the first password is set, and how a changed
     * {@code NEO4J_PASSWORD} replaces the kept one. Neo4j refuses to "change" a password to itself; that is fine.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        Cypher statement = new CypherFiles().get("system/set_password");
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                    .executeTransactionally(statement.text(), Map.of("password", password));
        } catch (QueryExecutionException e) {
            if (!samePassword(e)) {
                throw e;
            }
        }
    }

    private static boolean samePassword(QueryExecutionException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        return message.contains("Old password and new password cannot be the same");
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
