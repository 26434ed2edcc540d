package dev.tsunagari.cli;

import dev.tsunagari.ops.Neo4jServerClassLoader;
import dev.tsunagari.config.Config;
import dev.tsunagari.graph.BoltPassword;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
 *
 * <p>Like a Neo4j server, it takes the {@code tsunagari.*} procedures and the tie index from the plugin jar in
 * its plugins directory ({@code --plugins}), not from the service's own copies of those classes: see
 * {@link Neo4jServerClassLoader}. So what runs against it is the plugin jar an operator would install.
 */
@Command(name = "neo4j-server", mixinStandardHelpOptions = true,
        description = "Run only the embedded Neo4j (Bolt on 127.0.0.1, password required) until stopped.")
public final class Neo4jServerCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(Neo4jServerCommand.class);

    @Option(names = "--data", description = "Data directory (TSUNAGARI_DATA, default ./data).")
    Path data;

    @Option(names = "--bolt-port", description = "Bolt port (TSUNAGARI_BOLT_PORT, default 7687; 0 picks a free one).")
    Integer boltPort;

    @Option(names = "--plugins", description = "Plugins directory: Neo4j loads the tsunagari.* procedures from the "
            + "jars in it, e.g. tsunagari-neo4j-plugin.jar (TSUNAGARI_PLUGINS, default DATA/plugins).")
    Path plugins;

    @Override
    public Integer call() throws InterruptedException {
        long started = System.nanoTime();
        Config config = Config.fromEnvironment(System.getenv());
        Path dataDir = data != null ? data : config.dataDir();
        Path pluginDir = plugins != null ? plugins : pluginDir(dataDir, System.getenv("TSUNAGARI_PLUGINS"));
        String password = BoltPassword.resolve(config.withDataDir(dataDir));
        Running neo4j = start(dataDir.resolve("neo4j"), boltPort != null ? boltPort : config.boltPort(), password,
                config.pageCache(), pluginDir);
        if (neo4j.pluginJars().isEmpty()) {
            log.warn("no plugin jar in {}: Neo4j runs without the tsunagari.* procedures, and the service will not "
                    + "start against it; copy target/tsunagari-neo4j-plugin.jar there and restart", pluginDir);
        } else {
            log.info("plugins from {}: {}", pluginDir,
                    neo4j.pluginJars().stream().map(jar -> jar.getFileName().toString()).toList());
        }
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

    public static Path pluginDir(Path dataDir, String fromEnvironment) {
        return fromEnvironment == null || fromEnvironment.isBlank() ? dataDir.resolve("plugins") : Path.of(fromEnvironment);
    }

    /** A started Neo4j, in its own class loader (see {@link Neo4jServerClassLoader}). */
    public static final class Running implements AutoCloseable {
        private final Neo4jServerClassLoader loader;
        private final AutoCloseable neo4j;
        private final String boltUri;

        private Running(Neo4jServerClassLoader loader, AutoCloseable neo4j, String boltUri) {
            this.loader = loader;
            this.neo4j = neo4j;
            this.boltUri = boltUri;
        }

        public String boltUri() {
            return boltUri;
        }

        public List<Path> pluginJars() {
            return loader.pluginJars();
        }

        /** The class loader of Neo4j and the plugin. */
        public ClassLoader neo4jClassLoader() {
            return loader;
        }

        @Override
        public void close() {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                neo4j.close();
            } catch (Exception e) {
                throw new IllegalStateException("Neo4j did not shut down cleanly", e);
            } finally {
                thread.setContextClassLoader(previous);
                closeQuietly(loader);
            }
        }
    }

    /**
     * Starts Neo4j on {@code home} with the procedures from the jars in {@code pluginDir}. {@code EmbeddedNeo4j}
     * is called through reflection because it, and Neo4j with it, is loaded by the server's class loader, not by
     * the one this class came from.
     */
    public static Running start(Path home, int boltPort, String password, Optional<String> pageCache, Path pluginDir) {
        Neo4jServerClassLoader loader = Neo4jServerClassLoader.of(pluginDir);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Neo4j looks for extensions through the context class loader, and its threads inherit it.
        thread.setContextClassLoader(loader);
        try {
            Class<?> embedded = Class.forName("dev.tsunagari.graph.EmbeddedNeo4j", true, loader.service());
            Object neo4j = embedded.getMethod("startWithPlugins", Path.class, int.class, String.class, Optional.class,
                    Path.class).invoke(null, home, boltPort, password, pageCache, pluginDir);
            String boltUri = (String) embedded.getMethod("boltUri").invoke(neo4j);
            return new Running(loader, (AutoCloseable) neo4j, boltUri);
        } catch (InvocationTargetException e) {
            closeQuietly(loader);
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("Neo4j did not start", e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            closeQuietly(loader);
            throw new IllegalStateException("Neo4j did not start", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void closeQuietly(Neo4jServerClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            log.warn("could not close the class loader of Neo4j", e);
        }
    }
}
