package dev.tsunagari.cli;

import dev.tsunagari.App;
import dev.tsunagari.auth.AdminToken;
import dev.tsunagari.config.Config;
import dev.tsunagari.demo.DemoNetwork;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Migrations;
import dev.tsunagari.graph.Neo4jConnection;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: opens Neo4j (embedded unless NEO4J_URI is set), applies the schema, starts HTTP. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the HTTP service.")
public final class ServeCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    @Option(names = "--port", description = "HTTP port (TSUNAGARI_PORT, default 8080; 0 picks a free one).")
    Integer port;

    @Option(names = "--data", description = "Data directory (TSUNAGARI_DATA, default ./data).")
    Path data;

    @Option(names = "--bolt-port", description = "Bolt port of the embedded Neo4j (TSUNAGARI_BOLT_PORT, default 7687).")
    Integer boltPort;

    @Option(names = "--demo", description = "Load the bundled demo network into an empty database.")
    boolean demo;

    @Override
    public Integer call() throws InterruptedException {
        long started = System.nanoTime();
        Config config = Config.fromEnvironment(System.getenv());
        if (port != null) {
            config = config.withPort(port);
        }
        if (data != null) {
            config = config.withDataDir(data);
        }
        if (boltPort != null) {
            config = config.withBoltPort(boltPort);
        }
        config = config.withAdminToken(AdminToken.resolve(config.adminToken(), config.dataDir(), System.out));

        Neo4jConnection neo4j = Neo4jConnection.open(config);
        CypherFiles cypher = new CypherFiles();
        new Migrations(neo4j.graph(), cypher).apply();
        if (demo) {
            new DemoNetwork(neo4j.graph(), cypher).loadIfEmpty();
        }
        Javalin app = App.create(config, neo4j.graph(), neo4j.description());
        app.start(config.host(), config.port());
        log.info("listening on http://{}:{} (Neo4j {}; ready in {} ms)", displayHost(config.host()), app.port(),
                neo4j.description(), (System.nanoTime() - started) / 1_000_000);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("stopping");
            app.stop();
            neo4j.close();
            stopped.countDown();
        }, "shutdown"));
        stopped.await();
        return 0;
    }

    private static String displayHost(String host) {
        return "0.0.0.0".equals(host) ? "localhost" : host;
    }
}
