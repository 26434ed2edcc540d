package dev.tsunagari.tiegraph;

/**
 * When an intermediary is busy: they already carry {@code maxOpenAsks} open asks (proposed, asked or accepted, not
 * expired, made within the ask window). The introductions feature counts the asks; the finder marks the busy.
 */
public final class IntroducerLoad {
    private IntroducerLoad() {}

    public static boolean busy(int openAsks, int maxOpenAsks) {
        return openAsks >= maxOpenAsks;
    }
}
