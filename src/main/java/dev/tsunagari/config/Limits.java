package dev.tsunagari.config;

import java.time.Duration;
import java.util.Map;

/**
 * How much one caller may ask of the service: requests per minute per token, and how long the finders and the
 * Cypher console may keep Neo4j busy. Read from the environment, with defaults generous enough that only a runaway
 * script meets them; tests build their own with small numbers.
 */
public record Limits(int requestsPerMinute, Duration finderTimeout, Duration consoleTimeout, int consoleMaxRows) {
    public static final Limits DEFAULTS = new Limits(1200, Duration.ofSeconds(10), Duration.ofSeconds(5), 1000);

    public Limits {
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("the rate limit must allow at least one request a minute");
        }
        if (finderTimeout.isNegative() || finderTimeout.isZero() || consoleTimeout.isNegative() || consoleTimeout.isZero()) {
            throw new IllegalArgumentException("time limits must be positive");
        }
        if (consoleMaxRows < 1) {
            throw new IllegalArgumentException("the console must return at least one row");
        }
    }

    /**
     * {@code TSUNAGARI_RATE_LIMIT} (requests per minute per token), {@code TSUNAGARI_FINDER_TIMEOUT} and
     * {@code TSUNAGARI_CYPHER_TIMEOUT} (seconds), {@code TSUNAGARI_CYPHER_MAX_ROWS}.
     */
    public static Limits fromEnvironment(Map<String, String> env) {
        return new Limits(
                number(env, "TSUNAGARI_RATE_LIMIT", DEFAULTS.requestsPerMinute()),
                Duration.ofSeconds(number(env, "TSUNAGARI_FINDER_TIMEOUT", (int) DEFAULTS.finderTimeout().toSeconds())),
                Duration.ofSeconds(number(env, "TSUNAGARI_CYPHER_TIMEOUT", (int) DEFAULTS.consoleTimeout().toSeconds())),
                number(env, "TSUNAGARI_CYPHER_MAX_ROWS", DEFAULTS.consoleMaxRows()));
    }

    public Limits withRequestsPerMinute(int perMinute) {
        return new Limits(perMinute, finderTimeout, consoleTimeout, consoleMaxRows);
    }

    public Limits withFinderTimeout(Duration timeout) {
        return new Limits(requestsPerMinute, timeout, consoleTimeout, consoleMaxRows);
    }

    public Limits withConsole(Duration timeout, int maxRows) {
        return new Limits(requestsPerMinute, finderTimeout, timeout, maxRows);
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        String raw = env.get(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        if (!raw.strip().matches("[0-9]{1,9}") || Integer.parseInt(raw.strip()) < 1) {
            throw new IllegalArgumentException(name + " must be a whole number of at least 1, got " + raw);
        }
        return Integer.parseInt(raw.strip());
    }
}
