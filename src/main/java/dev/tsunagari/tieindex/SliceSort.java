package dev.tsunagari.tieindex;

import java.util.Arrays;

/**
 * The one order of a person's ties, wherever they are gathered (a fresh build, or one person read again): by the
 * other person, then type, then outgoing first, so parallel ties to one person are neighbours. Sorts one slice of
 * the parallel arrays in place; keeps its scratch arrays between calls.
 */
final class SliceSort {
    private static final int[] NONE = new int[0];
    private long[] keys = new long[16];
    private int[] o = new int[16];
    private byte[] t = new byte[16];
    private boolean[] out = new boolean[16];
    private double[] s = new double[16];
    private byte[] c = new byte[16];
    private int[] si = new int[16];
    private int[] l = new int[16];

    void sort(int lo, int n, int[] other, byte[] type, boolean[] outgoing, double[] strength, byte[] context,
            int[] since, int[] last) {
        if (n < 2) {
            return;
        }
        grow(n);
        for (int k = 0; k < n; k++) {
            int at = lo + k;
            keys[k] = ((long) other[at] << 32) | ((long) type[at] << 29) | ((outgoing[at] ? 0L : 1L) << 28) | k;
        }
        Arrays.sort(keys, 0, n);
        for (int j = 0; j < n; j++) {
            int at = lo + (int) (keys[j] & 0xFFFFFFF);
            o[j] = other[at];
            t[j] = type[at];
            out[j] = outgoing[at];
            s[j] = strength[at];
            c[j] = context[at];
            si[j] = since[at];
            l[j] = last[at];
        }
        System.arraycopy(o, 0, other, lo, n);
        System.arraycopy(t, 0, type, lo, n);
        System.arraycopy(out, 0, outgoing, lo, n);
        System.arraycopy(s, 0, strength, lo, n);
        System.arraycopy(c, 0, context, lo, n);
        System.arraycopy(si, 0, since, lo, n);
        System.arraycopy(l, 0, last, lo, n);
    }

    /** A list of slots as the index keeps it: sorted, each once (the empty list shared). */
    static int[] distinct(int[] slots) {
        if (slots.length == 0) {
            return NONE;
        }
        int[] sorted = slots.clone();
        Arrays.sort(sorted);
        int n = 1;
        for (int k = 1; k < sorted.length; k++) {
            if (sorted[k] != sorted[n - 1]) {
                sorted[n++] = sorted[k];
            }
        }
        return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
    }

    private void grow(int n) {
        if (keys.length >= n) {
            return;
        }
        int m = Math.max(n, keys.length * 2);
        keys = new long[m];
        o = new int[m];
        t = new byte[m];
        out = new boolean[m];
        s = new double[m];
        c = new byte[m];
        si = new int[m];
        l = new int[m];
    }
}
