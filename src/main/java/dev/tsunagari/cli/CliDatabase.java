package dev.tsunagari.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import dev.tsunagari.config.Config;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Migrations;
import dev.tsunagari.graph.Neo4jConnection;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

/**
 * Opens the same Neo4j as {@code serve} for a one-off command: the embedded store in the data directory, or the
 * server at {@code NEO4J_URI}. An embedded store can be open in one process only, so when a {@code serve} holds
 * it the command stops with a sentence saying so (and how to import over HTTP instead).
 */
final class CliDatabase {
    /** Where the embedded Neo4j (under DATA/neo4j) keeps the lock of its store. */
    private static final Path STORE_LOCK = Path.of("neo4j", "data", "databases", "store_lock");
    private CliDatabase() {}

    /** The embedded store is open in another process; the message says which and what to do. */
    static final class InUse extends RuntimeException {
        InUse(Path dataDir) {
            super("The data directory " + dataDir.toAbsolutePath().normalize() + " is in use by another process, most "
                    + "likely a running 'tsunagari serve'. Stop it first, or send the file to that service: "
                    + "POST /api/import?format=...", null, false, false);
        }
    }

    /** The configuration of serve, with this command's data directory and its own free Bolt port. */
    static Config config(Path dataDir) {
        Config config = Config.fromEnvironment(System.getenv());
        if (dataDir != null) {
            config = config.withDataDir(dataDir);
        }
        // Its own free Bolt port, so a running serve on 7687 is found by its store lock, not a port clash.
        return config.withBoltPort(0);
    }

    /** The home of the embedded Neo4j under the data directory (as {@code Neo4jConnection} lays it out). */
    static Path neo4jHome(Config config) {
        return config.dataDir().resolve("neo4j");
    }

    /** What a command does with the opened database; its exit code. */
    @FunctionalInterface
    interface Work {
        int run(Neo4jConnection neo4j) throws Exception;
    }

    /**
     * The start-up every command that reads or writes the store shares: opens it (quiet logs, schema applied), runs
     * {@code work}, closes it; exit 3 with the reason on {@code err} when a running serve holds the store.
     */
    static int run(Path dataDir, Consumer<String> err, Work work) throws Exception {
        try (Neo4jConnection neo4j = open(dataDir)) {
            return work.run(neo4j);
        } catch (InUse e) {
            err.accept(e.getMessage());
            return 3;
        }
    }

    static Neo4jConnection open(Path dataDir) {
        quietLogs();
        Config config = config(dataDir);
        if (config.embedded() && lockedByAnotherProcess(config.dataDir().resolve(STORE_LOCK))) {
            throw new InUse(config.dataDir());
        }
        Neo4jConnection neo4j = Neo4jConnection.open(config);
        new Migrations(neo4j.graph(), new CypherFiles()).apply();
        return neo4j;
    }

    /**
     * Tries the lock Neo4j itself takes on its store, and lets it go at once: asking first spares the user Neo4j's
     * own start-up failure and its stack trace.
     */
    private static boolean lockedByAnotherProcess(Path lockFile) {
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Commands may write their result to stdout, so logs go to stderr, and only warnings. */
    private static void quietLogs() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            root.setLevel(Level.WARN);
            Appender<?> appender = root.getAppender("STDOUT");
            if (appender instanceof ConsoleAppender<?> console) {
                console.stop();
                console.setTarget("System.err");
                console.start();
            }
        }
    }
}
