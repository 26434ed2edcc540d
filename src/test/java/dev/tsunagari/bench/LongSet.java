package dev.tsunagari.bench;

/**
 * A set of non-negative longs in one open-addressing array: the generator remembers which pairs it already joined,
 * and at ten million ties boxed {@code Long}s in a {@code HashSet} would cost gigabytes.
 */
final class LongSet {
    private static final long EMPTY = -1L;
    private long[] slots;
    private int size;

    LongSet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[capacity];
        java.util.Arrays.fill(slots, EMPTY);
    }

    /** Adds {@code value} (≥ 0); false when it was already there. */
    boolean add(long value) {
        if (size * 2 >= slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = (int) mix(value) & mask;
        while (slots[i] != EMPTY) {
            if (slots[i] == value) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = value;
        size++;
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        java.util.Arrays.fill(slots, EMPTY);
        size = 0;
        for (long value : old) {
            if (value != EMPTY) {
                add(value);
            }
        }
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        return x;
    }
}
