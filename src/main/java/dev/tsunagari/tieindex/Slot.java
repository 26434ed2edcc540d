package dev.tsunagari.tieindex;

import dev.tsunagari.tiegraph.Ties;

/**
 * One person in the index, immutable: who they are ({@code id}, the store's {@code node}), what privacy needs
 * ({@code isPrivate}, {@code addedBy}), whether introductions were asked through them ({@code introduces}: an
 * Introduction points VIA them), their tags (sorted tag numbers), their KNOWS and TRUSTS ties, and the people
 * they are FAN_OF and the people who are FAN_OF them (sorted slots; never a hop). A deleted person's slot is null.
 */
record Slot(String id, long node, boolean isPrivate, String addedBy, boolean introduces, int[] tags, Ties ties,
        int[] fanOf, int[] fans) {

    /** Rough heap bytes of what this slot holds of its own (ties arrays of its own, not the shared base arrays). */
    long bytes(boolean ownTies) {
        long bytes = 64 + 2L * id.length() + 16 + 4L * tags.length + 16 + 4L * fanOf.length + 16 + 4L * fans.length;
        if (ownTies) {
            bytes += 7 * 16 + (long) ties.size() * (4 + 1 + 1 + 8 + 1 + 4 + 4);
        }
        return bytes;
    }
}
