package dev.tsunagari.graph;

import dev.tsunagari.config.Config;
import dev.tsunagari.config.SecretFile;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password of the embedded Neo4j's {@code neo4j} user, which its Bolt port requires (the Neo4j Browser and any
 * local client sign in with it; the service's own driver uses it too): {@code NEO4J_PASSWORD} when set, otherwise
 * generated on first start and kept owner-only in {@code DATA/neo4j-password}.
 */
public final class BoltPassword {
    public static final String USER = "neo4j";
    static final String FILE_NAME = "neo4j-password";
    /** Neo4j's own minimum (dbms.security.auth_minimum_password_length). */
    static final int MIN_LENGTH = 8;

    private static final Logger log = LoggerFactory.getLogger(BoltPassword.class);

    private BoltPassword() {}

    public static String resolve(Config config) {
        if (!config.neo4jPassword().isEmpty()) {
            if (config.neo4jPassword().length() < MIN_LENGTH) {
                throw new IllegalArgumentException("NEO4J_PASSWORD must be at least " + MIN_LENGTH + " characters");
            }
            return config.neo4jPassword();
        }
        SecretFile.Kept kept = SecretFile.readOrCreate(file(config.dataDir()));
        if (kept.generated()) {
            log.info("generated the Bolt password of the embedded Neo4j (user {}); kept owner-only in {}", USER,
                    file(config.dataDir()));
        }
        return kept.secret();
    }

    public static Path file(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }
}
