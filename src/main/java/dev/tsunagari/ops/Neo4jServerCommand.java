package dev.tsunagari.ops;

import dev.tsunagari.config.Config;
import dev.tsunagari.graph.BoltPassword;
import dev.tsunagari.graph.EmbeddedNeo4j;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code neo4j-server}: only the embedded Neo4j, with the service's settings, until SIGTERM. It lets the service
 * and the tests run against a Neo4j in another process ({@code NEO4J_URI}) where Docker is not available. The
 * store sits in {@code DATA/neo4j}, as with {@code serve}, so one data directory works in either mode.
 */
@Command(name = "neo4j-server", mixinStandardHelpOptions = true,
        description = "Run only the embedded Neo4j (Bolt on 127.0.0.1, password required) until stopped.")
public final class Neo4jServerCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(Neo4jServerCommand.class);

    @Option(names = "--data", description = "Data directory (TSUNAGARI_DATA, default ./data).")
    Path data;

    @Option(names = "--bolt-port", description = "Bolt port (TSUNAGARI_BOLT_PORT, default 7687; 0 picks a free one).")
    Integer boltPort;

    @Override
    public Integer call() throws InterruptedException {
        long started = System.nanoTime();
        Config config = Config.fromEnvironment(System.getenv());
        Path dataDir = data != null ? data : config.dataDir();
        String password = BoltPassword.resolve(config.withDataDir(dataDir));
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dataDir.resolve("neo4j"), boltPort != null ? boltPort : config.boltPort(),
                password, config.pageCache());
        log.info("Neo4j listening on {} (ready in {} ms); user {}, password {}; stop with SIGTERM", neo4j.boltUri(),
                (System.nanoTime() - started) / 1_000_000, BoltPassword.USER,
                config.neo4jPassword().isEmpty() ? "in " + BoltPassword.file(dataDir) : "from NEO4J_PASSWORD");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("stopping Neo4j");
            neo4j.close();
            stopped.countDown();
        }, "neo4j-shutdown"));
        stopped.await();
        return 0;
    }
}
