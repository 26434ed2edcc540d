package dev.tsunagari.support;

import dev.tsunagari.config.Config;
import dev.tsunagari.graph.BoltPassword;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.graph.PluginCheck;
import dev.tsunagari.graph.Migrations;
import dev.tsunagari.config.DbTimeouts;
import dev.tsunagari.graph.Neo4jConnection;
import dev.tsunagari.graph.PluginCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;
import org.testcontainers.utility.MountableFile;

/**
 * One real Neo4j per test JVM, started on first use and cleaned between tests. Which one is chosen by the system
 * property {@code tsunagari.test.neo4j}: {@code embedded} (default: in-process, as the service runs by default),
 * {@code testcontainers} (the official image with the packaged plugin jar; tests are skipped when no Docker engine
 * is available) or
 * {@code external} (the server at {@code NEO4J_URI}).
 */
public final class TestNeo4j {
    public static final String BACKEND = System.getProperty("tsunagari.test.neo4j", "embedded");
    private static Neo4jConnection connection;
    private static Path embeddedDataDir;
    private static final CypherFiles CYPHER = new CypherFiles();
    private static final Path PLUGIN_JAR = Path.of("target", "tsunagari-neo4j-plugin.jar");

    private TestNeo4j() {}

    public static boolean available() {
        return !"testcontainers".equals(BACKEND) || DockerClientFactory.instance().isDockerAvailable();
    }

    public static synchronized Neo4jConnection connection() {
        if (connection == null) {
            connection = open();
            new Migrations(connection.graph(), CYPHER).apply();
            Runtime.getRuntime().addShutdownHook(new Thread(TestNeo4j::shutdown, "test-neo4j-shutdown"));
        }
        return connection;
    }

    /** Stops Neo4j, then removes the embedded store: a test run leaves nothing behind in the temp directory. */
    private static void shutdown() {
        connection.close();
        if (embeddedDataDir != null) {
            TempFiles.delete(embeddedDataDir);
        }
    }

    /** The password the embedded Neo4j's Bolt port wants (generated into its data directory); empty otherwise. */
    public static Optional<String> boltPassword() {
        connection();
        if (embeddedDataDir == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(BoltPassword.file(embeddedDataDir)).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Graph graph() {
        return connection().graph();
    }

    public static void clean() {
        graph().write(tx -> Graph.run(tx, CYPHER.get("test/clean"), Map.of()).consume());
    }

    /** Every node and relationship with its properties, as sorted lines. */
    public static List<String> snapshot() {
        return graph().read(tx -> Graph.run(tx, CYPHER.get("test/snapshot"), Map.of())
                .list(r -> r.get("line").asString() + " " + new TreeMap<>(r.get("props").asMap())))
                .stream().sorted().toList();
    }

    /**
     * The whole suite shares one Neo4j on a machine that is often busy: a call may take longer than the service's
     * default bound before it means an outage (the outage tests set their own bounds), unless the run sets one.
     */
    private static Config patient(Config config) {
        if (System.getenv("TSUNAGARI_DB_TIMEOUT") != null) {
            return config;
        }
        DbTimeouts bounds = config.database();
        return config.withDatabase(new DbTimeouts(java.time.Duration.ofSeconds(60), bounds.probeInterval(),
                bounds.concurrency()));
    }

    private static Neo4jConnection open() {
        switch (BACKEND) {
            case "testcontainers" -> {
                // The plugin as an operator installs it: the packaged jar in the image's plugins directory.
                if (!Files.isRegularFile(PLUGIN_JAR)) {
                    throw new IllegalStateException(PLUGIN_JAR + " is missing: the Testcontainers tests run after "
                            + "`mvn package` (mvn verify), which builds it");
                }
                Neo4jContainer container = new Neo4jContainer("neo4j:5.26").withoutAuthentication()
                        .withPlugins(MountableFile.forHostPath(PLUGIN_JAR))
                        .withNeo4jConfig("dbms.security.procedures.unrestricted", PluginCheck.UNRESTRICTED);
                container.start();
                Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
                Neo4jConnection external = Neo4jConnection.external(
                        GraphDatabase.driver(container.getBoltUrl(), AuthTokens.none()), "neo4j", "testcontainers");
                PluginCheck.verify(external.graph(), external.description());
                return external;
            }
            case "external" -> {
                return Neo4jConnection.open(patient(Config.fromEnvironment(System.getenv())));
            }
            default -> {
                try {
                    Path dir = Files.createTempDirectory("tsunagari-test-");
                    embeddedDataDir = dir;
                    Config config = Config.fromEnvironment(Map.of()).withDataDir(dir).withBoltPort(0);
                    return Neo4jConnection.open(patient(config));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
