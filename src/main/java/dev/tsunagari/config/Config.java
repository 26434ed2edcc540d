package dev.tsunagari.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the service reads from its environment, in one place. Each value has a default so that
 * {@code java -jar tsunagari.jar serve} works on a fresh machine with an embedded Neo4j. The request limits
 * ({@link Limits}), the introduction workflow's knobs ({@link IntroductionSettings}) and the bounds of every call
 * to Neo4j ({@link DbTimeouts}) are sections of it, each read by its own record.
 */
public record Config(
        String host,
        int port,
        Path dataDir,
        int boltPort,
        Optional<URI> neo4jUri,
        String neo4jUser,
        String neo4jPassword,
        String neo4jDatabase,
        Optional<String> adminToken,
        long maxBodyBytes,
        Optional<String> pageCache,
        Limits limits,
        IntroductionSettings introductions,
        DbTimeouts database) {

    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    public static Config fromEnvironment(Map<String, String> env) {
        return new Config(
                env.getOrDefault("TSUNAGARI_HOST", "0.0.0.0"),
                intValue(env, "TSUNAGARI_PORT", 8080),
                Path.of(env.getOrDefault("TSUNAGARI_DATA", "./data")),
                intValue(env, "TSUNAGARI_BOLT_PORT", 7687),
                nonBlank(env.get("NEO4J_URI")).map(URI::create),
                env.getOrDefault("NEO4J_USER", "neo4j"),
                env.getOrDefault("NEO4J_PASSWORD", ""),
                env.getOrDefault("NEO4J_DATABASE", "neo4j"),
                nonBlank(env.get("TSUNAGARI_ADMIN_TOKEN")),
                DEFAULT_MAX_BODY_BYTES,
                nonBlank(env.get("TSUNAGARI_PAGE_CACHE")),
                Limits.fromEnvironment(env),
                IntroductionSettings.fromEnvironment(env),
                DbTimeouts.fromEnvironment(env));
    }

    public boolean embedded() {
        return neo4jUri.isEmpty();
    }

    public Config withPort(int newPort) {
        return new Config(host, newPort, dataDir, boltPort, neo4jUri, neo4jUser, neo4jPassword, neo4jDatabase,
                adminToken, maxBodyBytes, pageCache, limits, introductions, database);
    }

    public Config withDataDir(Path newDataDir) {
        return new Config(host, port, newDataDir, boltPort, neo4jUri, neo4jUser, neo4jPassword, neo4jDatabase,
                adminToken, maxBodyBytes, pageCache, limits, introductions, database);
    }

    public Config withBoltPort(int newBoltPort) {
        return new Config(host, port, dataDir, newBoltPort, neo4jUri, neo4jUser, neo4jPassword, neo4jDatabase,
                adminToken, maxBodyBytes, pageCache, limits, introductions, database);
    }

    public Config withAdminToken(String token) {
        return new Config(host, port, dataDir, boltPort, neo4jUri, neo4jUser, neo4jPassword, neo4jDatabase,
                Optional.of(token), maxBodyBytes, pageCache, limits, introductions, database);
    }

    /** The same configuration under other limits (tests use small ones). */
    public Config withLimits(Limits newLimits) {
        return new Config(host, port, dataDir, boltPort, neo4jUri, neo4jUser, neo4jPassword, neo4jDatabase,
                adminToken, maxBodyBytes, pageCache, newLimits, introductions, database);
    }

    public Config withIntroductions(IntroductionSettings settings) {
        return new Config(host, port, dataDir, boltPort, neo4jUri, neo4jUser, neo4jPassword, neo4jDatabase,
                adminToken, maxBodyBytes, pageCache, limits, settings, database);
    }

    /** The same configuration with other bounds on the calls to Neo4j (tests use short ones). */
    public Config withDatabase(DbTimeouts timeouts) {
        return new Config(host, port, dataDir, boltPort, neo4jUri, neo4jUser, neo4jPassword, neo4jDatabase,
                adminToken, maxBodyBytes, pageCache, limits, introductions, timeouts);
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static int intValue(Map<String, String> env, String name, int fallback) {
        String raw = env.get(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException(name + " must be a port number 0-65535, got " + raw);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, got " + raw, e);
        }
    }
}
