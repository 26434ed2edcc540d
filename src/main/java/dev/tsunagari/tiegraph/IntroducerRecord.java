package dev.tsunagari.tiegraph;

/**
 * The term an intermediary's record as an introducer adds to the finder's ranking, a multiplier in [0.8, 1.2],
 * exactly 1.0 with no record yet (the introductions feature documents the counts):
 * <pre>
 *   good   = accepted + connected + outcomes
 *   s      = (good + 1.5) / (good + declined + 3)
 *   factor = 0.8 + 0.4 × s
 * </pre>
 */
public final class IntroducerRecord {
    private IntroducerRecord() {}

    public static double factor(int accepted, int declined, int connected, int outcomes) {
        double good = (double) accepted + connected + outcomes;
        double share = (good + 1.5) / (good + declined + 3.0);
        return 0.8 + 0.4 * share;
    }
}
