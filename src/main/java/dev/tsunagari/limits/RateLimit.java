package dev.tsunagari.limits;

import dev.tsunagari.http.ApiException;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per bearer token (Bucket4j): {@code requestsPerMinute} may come at once, then they refill evenly
 * over the minute. Beyond that a 429 problem with {@code Retry-After}. It runs after authentication, so only valid
 * tokens get a bucket and the map stays as small as the list of accounts; the key is a digest, not the token.
 */
public final class RateLimit {
    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimit(int perMinute) {
        this.perMinute = perMinute;
    }

    public void check(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null) {
            return;
        }
        Bucket bucket = buckets.computeIfAbsent(digest(header.strip()), key -> newBucket());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return;
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        ctx.header("Retry-After", String.valueOf(seconds));
        throw new ApiException(429, "/problems/rate-limited", "Too many requests",
                "More than " + perMinute + " requests a minute with this token; try again in " + seconds + " s.",
                List.of());
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
    }

    private static String digest(String value) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
