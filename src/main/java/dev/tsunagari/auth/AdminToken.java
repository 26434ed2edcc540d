package dev.tsunagari.auth;

import dev.tsunagari.config.SecretFile;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The bootstrap admin token: {@code TSUNAGARI_ADMIN_TOKEN} when set; otherwise generated on first start (256
 * random bits), printed once, and kept in {@code DATA/admin-token} readable by its owner only.
 */
public final class AdminToken {
    static final String FILE_NAME = "admin-token";

    private AdminToken() {}

    public static String resolve(Optional<String> configured, Path dataDir, PrintStream out) {
        if (configured.isPresent()) {
            return configured.get();
        }
        Path file = dataDir.resolve(FILE_NAME);
        SecretFile.Kept kept = SecretFile.readOrCreate(file);
        if (kept.generated()) {
            out.println("Generated an admin token (shown once; kept in " + file + "):");
            out.println("  " + kept.secret());
        }
        return kept.secret();
    }
}
