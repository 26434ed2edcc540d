package dev.tsunagari.config;

import java.time.Duration;
import java.util.Map;

/**
 * How long the service waits for Neo4j, how often it looks whether Neo4j answers, and how many requests may wait
 * on it at once. {@code timeout} bounds acquiring a connection, each transaction on the server and, since a hung
 * server does not answer its own time-outs, every call on the client side too; a call past it answers 503.
 */
public record DbTimeouts(Duration timeout, Duration probeInterval, int concurrency) {
    public static final DbTimeouts DEFAULTS = new DbTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(1), 32);
    /** The probe is a {@code RETURN 1}: one that takes longer than this means Neo4j is not answering. */
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    /** The client waits this much longer than the server's own limit, so that the server's answer wins when it can. */
    private static final Duration GRACE = Duration.ofSeconds(2);

    public DbTimeouts {
        if (timeout.isNegative() || timeout.isZero() || probeInterval.isNegative() || probeInterval.isZero()) {
            throw new IllegalArgumentException("the database time-out and the health probe interval must be positive");
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("at least one request must be allowed to wait on the database");
        }
    }

    /**
     * {@code TSUNAGARI_DB_TIMEOUT} (seconds, default 10), {@code TSUNAGARI_HEALTH_INTERVAL_MS} (milliseconds,
     * default 1000), {@code TSUNAGARI_DB_CONCURRENCY} (requests waiting on Neo4j at once, default 32).
     */
    public static DbTimeouts fromEnvironment(Map<String, String> env) {
        return new DbTimeouts(
                Duration.ofSeconds(number(env, "TSUNAGARI_DB_TIMEOUT", DEFAULTS.timeout().toSeconds())),
                Duration.ofMillis(number(env, "TSUNAGARI_HEALTH_INTERVAL_MS", DEFAULTS.probeInterval().toMillis())),
                (int) number(env, "TSUNAGARI_DB_CONCURRENCY", DEFAULTS.concurrency()));
    }

    /** How long one probe may take before {@code /health} says Neo4j is not answering. */
    public Duration probeTimeout() {
        return timeout.compareTo(PROBE_TIMEOUT) < 0 ? timeout : PROBE_TIMEOUT;
    }

    /** The client-side deadline of a call the server should end after {@code serverLimit}. */
    public static Duration deadline(Duration serverLimit) {
        return serverLimit.plus(GRACE);
    }

    private static long number(Map<String, String> env, String name, long fallback) {
        String raw = env.get(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        if (!raw.strip().matches("[0-9]{1,9}") || Long.parseLong(raw.strip()) < 1) {
            throw new IllegalArgumentException(name + " must be a whole number of at least 1, got " + raw);
        }
        return Long.parseLong(raw.strip());
    }
}
