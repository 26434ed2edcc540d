package dev.tsunagari.tieindex;

import java.util.Arrays;

/**
 * An immutable array of slots in chunks of 4,096: {@link #with} copies one chunk and the chunk directory, never the
 * whole, so a writer can publish a new version after each commit while readers keep the one they hold.
 */
final class Chunks {
    static final int SHIFT = 12;
    static final int SIZE = 1 << SHIFT;
    private static final int MASK = SIZE - 1;
    private final Slot[][] chunks;

    private Chunks(Slot[][] chunks) {
        this.chunks = chunks;
    }

    /** Chunks holding {@code slots} as they are (the array is not copied: the builder hands it over). */
    static Chunks of(Slot[] slots) {
        int count = (slots.length + MASK) >>> SHIFT;
        Slot[][] chunks = new Slot[count][];
        for (int c = 0; c < count; c++) {
            chunks[c] = Arrays.copyOfRange(slots, c << SHIFT, (c << SHIFT) + SIZE);
        }
        return new Chunks(chunks);
    }

    /** The slot, or null past the end. */
    Slot get(int index) {
        int c = index >>> SHIFT;
        return c < chunks.length ? chunks[c][index & MASK] : null;
    }

    Chunks with(int index, Slot slot) {
        int c = index >>> SHIFT;
        Slot[][] directory = Arrays.copyOf(chunks, Math.max(chunks.length, c + 1));
        Slot[] chunk = directory[c] == null ? new Slot[SIZE] : directory[c].clone();
        chunk[index & MASK] = slot;
        directory[c] = chunk;
        for (int k = chunks.length; k < c; k++) {
            directory[k] = new Slot[SIZE];
        }
        return new Chunks(directory);
    }

    /** Heap bytes of the chunk arrays themselves (references), for the index's size. */
    long bytes() {
        return (long) chunks.length * (16 + 4L * SIZE) + 16 + 4L * chunks.length;
    }
}
