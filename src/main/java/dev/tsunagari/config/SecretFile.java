package dev.tsunagari.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * A secret generated once (256 random bits) and kept in a file only its owner can read or write (rw-------): it
 * survives restarts without ever being configured, and other users of the machine cannot read it.
 */
public final class SecretFile {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private SecretFile() {}

    /** The secret kept in {@code file}; a new one, written owner-only, when there is none yet. */
    public static Kept readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (secret.isEmpty()) {
                    throw new IllegalStateException("The secret file " + file + " is empty; delete it to generate a new one");
                }
                tighten(file);
                return new Kept(secret, false);
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            String secret = generate();
            create(file);
            Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
            return new Kept(secret, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret file " + file, e);
        }
    }

    /** The secret and whether this call generated it. */
    public record Kept(String secret, boolean generated) {}

    static String generate() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void create(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("another process created " + file + " at the same time; start again", e);
        }
    }

    private static void tighten(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: nothing to tighten.
        }
    }
}
