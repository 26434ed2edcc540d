package dev.tsunagari.bulkload;

import java.util.Arrays;

/**
 * A set of longs in one array (open addressing): a bulk load remembers every tie it wrote to refuse repeats, and
 * ten million boxed keys in a {@code HashSet} would cost a gigabyte where this costs a tenth of that.
 */
final class LongSet {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] slots = table(1 << 10);
    private boolean hasEmptyValue;
    private int size;

    /** Adds the value; false when it was already there. */
    boolean add(long value) {
        if (value == EMPTY) {
            boolean added = !hasEmptyValue;
            hasEmptyValue = true;
            return added;
        }
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        if (!insert(slots, value)) {
            return false;
        }
        size++;
        return true;
    }

    private static boolean insert(long[] table, long value) {
        int mask = table.length - 1;
        int i = mix(value) & mask;
        while (table[i] != EMPTY) {
            if (table[i] == value) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = value;
        return true;
    }

    private void grow() {
        long[] bigger = table(slots.length * 2);
        for (long value : slots) {
            if (value != EMPTY) {
                insert(bigger, value);
            }
        }
        slots = bigger;
    }

    /** Spreads the bits so that keys built from small ids do not crowd one end of the table. */
    private static int mix(long value) {
        long h = value * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private static long[] table(int length) {
        long[] table = new long[length];
        Arrays.fill(table, EMPTY);
        return table;
    }
}
