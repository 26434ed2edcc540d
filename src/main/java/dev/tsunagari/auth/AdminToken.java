package dev.tsunagari.auth;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * The bootstrap admin token: {@code TSUNAGARI_ADMIN_TOKEN} when set; otherwise generated on first start (256
 * random bits), printed once, and kept in {@code DATA/admin-token} readable by its owner only.
 */
public final class AdminToken {
    static final String FILE_NAME = "admin-token";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private AdminToken() {}

    public static String resolve(Optional<String> configured, Path dataDir, PrintStream out) {
        if (configured.isPresent()) {
            return configured.get();
        }
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return reuse(file);
            }
            Files.createDirectories(dataDir);
            String token = generate();
            write(file, token);
            out.println("Generated an admin token (shown once; kept in " + file + "):");
            out.println("  " + token);
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the admin token file " + file, e);
        }
    }

    /** The kept token; an empty file would otherwise make the empty string a valid token. */
    private static String reuse(Path file) throws IOException {
        String token = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (token.isEmpty()) {
            throw new IllegalStateException("The admin token file " + file + " is empty; delete it to generate a new token");
        }
        try {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: nothing to tighten.
        }
        return token;
    }

    static String generate() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void write(Path file, String token) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("another process created " + file + " at the same time; start again", e);
        }
        Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
    }
}
