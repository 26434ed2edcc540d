package dev.tsunagari.tiegraph;

/**
 * Which ties carry an introduction for one question: the "usable hop" of API.md, written once. A KNOWS or TRUSTS
 * tie in either direction (FAN_OF is never a hop) with {@code strength >= minStrength} and, unless
 * {@code includeWeak}, a context other than a card exchange: a swapped business card never carries one.
 */
public record HopRule(double minStrength, boolean includeWeak) {
    public static final HopRule DEFAULT = new HopRule(0.0, false);

    public boolean usable(double strength, byte context) {
        return strength >= minStrength && (includeWeak || context != Contexts.CARD_EXCHANGE_CODE);
    }
}
