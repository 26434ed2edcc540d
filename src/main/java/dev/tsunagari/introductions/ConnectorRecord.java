package dev.tsunagari.introductions;

import dev.tsunagari.tiegraph.IntroducerRecord;

/**
 * An intermediary's record as an introducer, and the term it adds to the finder's ranking.
 *
 * <p>The term is a multiplier in [0.8, 1.2], exactly 1.0 for someone with no record yet:
 * <pre>
 *   good   = accepted + connected + outcomes
 *   s      = (good + 1.5) / (good + declined + 3)      a smoothed share of good signals, 0.5 with no record
 *   factor = 0.8 + 0.4 × s
 * </pre>
 * {@code accepted}: asks through them the target accepted; {@code declined}: asks the target declined (the
 * intermediary's own "no" is free and not counted); {@code connected}: introductions they completed;
 * {@code outcomes}: those whose outcome was met, collaboration or customer ({@code nothing} does not count).
 * The +1.5/+3 prior keeps one early decline from sinking a newcomer. Each good signal raises the factor and
 * each decline lowers it, never the reverse. Example: 4 accepted, 1 declined, 3 connected, 2 outcomes →
 * s = (9 + 1.5) / (9 + 1 + 3) = 0.808 → factor 1.123.
 */
public record ConnectorRecord(int accepted, int declined, int connected, int outcomes) {
    public static final ConnectorRecord NONE = new ConnectorRecord(0, 0, 0, 0);

    public ConnectorRecord {
        if (accepted < 0 || declined < 0 || connected < 0 || outcomes < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    public static double factor(int accepted, int declined, int connected, int outcomes) {
        return new ConnectorRecord(accepted, declined, connected, outcomes).factor();
    }

    public double factor() {
        return IntroducerRecord.factor(accepted, declined, connected, outcomes);
    }
}
