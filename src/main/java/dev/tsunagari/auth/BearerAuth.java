package dev.tsunagari.auth;

import dev.tsunagari.http.ApiException;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Guards {@code /api/**}: a request needs {@code Authorization: Bearer TOKEN}; missing or wrong is a 401. */
public final class BearerAuth {
    private final byte[] expectedDigest;

    public BearerAuth(String adminToken) {
        if (adminToken == null || adminToken.isBlank()) {
            throw new IllegalArgumentException("the admin token must not be blank");
        }
        this.expectedDigest = digest(adminToken);
    }

    public void check(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiException.unauthorized("Send Authorization: Bearer TOKEN.");
        }
        // Comparing digests in constant time says nothing about how much of a guess was right.
        if (!MessageDigest.isEqual(expectedDigest, digest(header.substring(7).strip()))) {
            throw ApiException.unauthorized("The bearer token is not valid.");
        }
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
