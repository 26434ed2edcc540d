package dev.tsunagari.config;

import java.time.Duration;
import java.util.Map;

/**
 * The knobs of the introduction workflow, read from the environment with defaults: a section of
 * {@code Config}, kept beside the feature because only this feature reads them.
 *
 * @param expiry      how long one open step (proposed, asked, accepted) waits for the next move before the
 *                    introduction expires; {@code TSUNAGARI_INTRO_EXPIRY_DAYS}, default 14 days
 * @param maxOpenAsks how many open asks one intermediary carries within {@code askWindow} before new ones are
 *                    refused with 429; {@code TSUNAGARI_MAX_OPEN_ASKS}, default 3
 * @param askWindow   the rolling window the open asks are counted in; 30 days
 */
public record IntroductionSettings(Duration expiry, int maxOpenAsks, Duration askWindow) {
    public static final IntroductionSettings DEFAULTS = new IntroductionSettings(Duration.ofDays(14), 3, Duration.ofDays(30));

    public IntroductionSettings {
        if (expiry.isNegative() || expiry.isZero()) {
            throw new IllegalArgumentException("the introduction expiry must be positive, got " + expiry);
        }
        if (maxOpenAsks < 1) {
            throw new IllegalArgumentException("the open-ask limit must be at least 1, got " + maxOpenAsks);
        }
    }

    public static IntroductionSettings fromEnvironment(Map<String, String> env) {
        return new IntroductionSettings(
                Duration.ofDays(number(env, "TSUNAGARI_INTRO_EXPIRY_DAYS", DEFAULTS.expiry.toDays())),
                (int) number(env, "TSUNAGARI_MAX_OPEN_ASKS", DEFAULTS.maxOpenAsks),
                DEFAULTS.askWindow);
    }

    private static long number(Map<String, String> env, String name, long fallback) {
        String raw = env.get(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(raw.trim());
            if (value < 1 || value > 3650) {
                throw new IllegalArgumentException(name + " must be between 1 and 3650, got " + raw);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got " + raw, e);
        }
    }
}
