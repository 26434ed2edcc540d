package dev.tsunagari.tieindex;

import dev.tsunagari.tiegraph.Ties;
import java.util.Arrays;

/** Ties being gathered, in growable parallel arrays; {@link #ties()} sorts them by the other person. */
final class TieBuffer {
    private int[] other = new int[8];
    private byte[] type = new byte[8];
    private boolean[] outgoing = new boolean[8];
    private double[] strength = new double[8];
    private byte[] context = new byte[8];
    private int[] since = new int[8];
    private int[] lastContact = new int[8];
    private int size;

    void add(int to, byte tieType, boolean out, double tieStrength, byte tieContext, int tieSince, int tieLast) {
        if (size == other.length) {
            int n = size * 2;
            other = Arrays.copyOf(other, n);
            type = Arrays.copyOf(type, n);
            outgoing = Arrays.copyOf(outgoing, n);
            strength = Arrays.copyOf(strength, n);
            context = Arrays.copyOf(context, n);
            since = Arrays.copyOf(since, n);
            lastContact = Arrays.copyOf(lastContact, n);
        }
        other[size] = to;
        type[size] = tieType;
        outgoing[size] = out;
        strength[size] = tieStrength;
        context[size] = tieContext;
        since[size] = tieSince;
        lastContact[size] = tieLast;
        size++;
    }

    int size() {
        return size;
    }

    /** The ties in arrays of their own, sorted by the other person (then type, then outgoing first). */
    Ties ties() {
        if (size == 0) {
            return Ties.EMPTY;
        }
        long[] keys = new long[size];
        for (int k = 0; k < size; k++) {
            keys[k] = ((long) other[k] << 32) | ((long) type[k] << 29) | ((outgoing[k] ? 0L : 1L) << 28) | k;
        }
        Arrays.sort(keys);
        int[] o = new int[size];
        byte[] t = new byte[size];
        boolean[] out = new boolean[size];
        double[] s = new double[size];
        byte[] c = new byte[size];
        int[] si = new int[size];
        int[] l = new int[size];
        for (int j = 0; j < size; j++) {
            int k = (int) (keys[j] & 0xFFFFFFF);
            o[j] = other[k];
            t[j] = type[k];
            out[j] = outgoing[k];
            s[j] = strength[k];
            c[j] = context[k];
            si[j] = since[k];
            l[j] = lastContact[k];
        }
        return new Ties(o, t, out, s, c, si, l, 0, size);
    }
}
