package dev.tsunagari.support;

import dev.tsunagari.graph.BoltPassword;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

/**
 * The service as an operator runs it: {@code dev.tsunagari.Main serve} in a child JVM on free ports and a given data
 * directory, with its standard output kept line by line. Used to kill it for real (SIGKILL, SIGTERM).
 */
public final class ChildService implements AutoCloseable {
    public static final String TOKEN = "child-admin-token";
    private static final Pattern LISTENING =
            Pattern.compile("listening on http://[^:]+:(\\d+) \\(Neo4j embedded, (bolt://[0-9.]+:\\d+); ready in (\\d+) ms\\)");
    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final String baseUrl;
    private final String boltUri;
    private Path dataDir;
    private final long readyMillis;
    private final Thread reader;

    private ChildService(Process process, Duration timeout) {
        this.process = process;
        this.reader = new Thread(this::readOutput, "child-output");
        reader.setDaemon(true);
        reader.start();
        Matcher ready = awaitLine(timeout);
        this.baseUrl = "http://127.0.0.1:" + ready.group(1);
        this.boltUri = ready.group(2);
        this.readyMillis = Long.parseLong(ready.group(3));
    }

    /** Starts {@code serve} on {@code dataDir}; {@code env} adds to the environment (e.g. the log format). */
    public static ChildService start(Path dataDir, Map<String, String> env) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // C1 only and a small heap: the child starts in about half the time, and these tests do not need speed.
                "-XX:TieredStopAtLevel=1", "-Xmx512m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"),
                // The service's own logging configuration, not the quieter one the tests use.
                "-Dlogback.configurationFile=logback.xml",
                "dev.tsunagari.Main", "serve", "--port", "0", "--bolt-port", "0", "--data", dataDir.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("NEO4J_URI");
        // The child generates its Bolt password and keeps it in the data directory, as a fresh install does.
        builder.environment().remove("NEO4J_PASSWORD");
        builder.environment().put("TSUNAGARI_ADMIN_TOKEN", TOKEN);
        builder.environment().put("TSUNAGARI_HOST", "127.0.0.1");
        // Writers here send as fast as the child answers; the rate limit has its own test.
        builder.environment().put("TSUNAGARI_RATE_LIMIT", "1000000");
        builder.environment().putAll(env);
        try {
            ChildService child = new ChildService(builder.start(), Duration.ofSeconds(120));
            child.dataDir = dataDir;
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // The child was killed: its output simply ends.
        }
    }

    private Matcher awaitLine(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int seen = 0;
        while (System.nanoTime() < deadline) {
            for (; seen < lines.size(); seen++) {
                Matcher m = LISTENING.matcher(lines.get(seen));
                if (m.find()) {
                    return m;
                }
            }
            if (!process.isAlive() && seen == lines.size()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + ":\n" + output());
            }
            sleep(50);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the service was not ready within " + timeout + ":\n" + output());
    }

    public String baseUrl() {
        return baseUrl;
    }

    public URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    public String boltUri() {
        return boltUri;
    }

    /** The Bolt password the child generated and kept in its data directory. */
    public AuthToken boltAuth() {
        try {
            return AuthTokens.basic(BoltPassword.USER, Files.readString(BoltPassword.file(dataDir)).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Start-to-ready as the service measured it (JVM start excluded). */
    public long readyMillis() {
        return readyMillis;
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    public String output() {
        return String.join("\n", lines);
    }

    /** SIGKILL: no shutdown hook, no flush, nothing. */
    public void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** SIGTERM: the shutdown hook stops HTTP gracefully and then Neo4j. Returns the exit code. */
    public int stop() {
        sendStop();
        return awaitExit();
    }

    /** SIGTERM through the process handle: {@code Process.destroy()} would also close our end of its output. */
    public void sendStop() {
        process.toHandle().destroy();
    }

    public int awaitExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("the service did not stop within 60 s");
            }
            reader.join(10_000); // the last lines, up to the end of the stream
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            awaitExit();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
