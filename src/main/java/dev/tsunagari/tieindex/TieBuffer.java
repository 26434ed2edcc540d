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

    /** The ties in arrays of their own, sorted by {@link SliceSort}'s order. */
    Ties ties() {
        if (size == 0) {
            return Ties.EMPTY;
        }
        int[] o = Arrays.copyOf(other, size);
        byte[] t = Arrays.copyOf(type, size);
        boolean[] out = Arrays.copyOf(outgoing, size);
        double[] s = Arrays.copyOf(strength, size);
        byte[] c = Arrays.copyOf(context, size);
        int[] si = Arrays.copyOf(since, size);
        int[] l = Arrays.copyOf(lastContact, size);
        new SliceSort().sort(0, size, o, t, out, s, c, si, l);
        return new Ties(o, t, out, s, c, si, l, 0, size);
    }
}
