package dev.tsunagari.limits;

import dev.tsunagari.auth.Caller;
import dev.tsunagari.http.ApiException;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per caller (Bucket4j): {@code requestsPerMinute} may come at once, then they refill evenly over the
 * minute. Beyond that a 429 problem with {@code Retry-After}. It runs after authentication and keys on the caller it
 * resolved (the account, or the bootstrap admin), so only valid tokens get a bucket, the map stays as small as the
 * list of accounts, and the token is not hashed a second time.
 */
public final class RateLimit {
    /** The bootstrap admin's key: no account id is ever empty. */
    private static final String BOOTSTRAP = "";
    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimit(int perMinute) {
        this.perMinute = perMinute;
    }

    public void check(Context ctx) {
        String key = Caller.of(ctx).accountId().orElse(BOOTSTRAP);
        Bucket bucket = buckets.computeIfAbsent(key, k -> newBucket());
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

}
