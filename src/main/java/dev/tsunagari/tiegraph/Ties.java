package dev.tsunagari.tiegraph;

/**
 * The KNOWS and TRUSTS ties of one person, entries {@code [start, end)} of parallel arrays (a slice of the index's
 * arrays, or arrays of their own when read from the store). Each entry is one stored tie seen from this person:
 * the person at the other end, the type, whether it was stored from this person ({@code outgoing}), and the tie's
 * strength, context code ({@link Contexts}), {@code since} and {@code lastContact} as epoch days
 * ({@link #NO_DATE} when unknown). Entries are sorted by the other person, so parallel ties to one person are
 * neighbours.
 */
public final class Ties {
    public static final int NO_DATE = Integer.MIN_VALUE;
    public static final byte KNOWS = 0;
    public static final byte TRUSTS = 1;
    public static final Ties EMPTY = new Ties(new int[0], new byte[0], new boolean[0], new double[0], new byte[0],
            new int[0], new int[0], 0, 0);

    final int[] other;
    final byte[] type;
    final boolean[] outgoing;
    final double[] strength;
    final byte[] context;
    final int[] since;
    final int[] lastContact;
    public final int start;
    public final int end;

    public Ties(int[] other, byte[] type, boolean[] outgoing, double[] strength, byte[] context, int[] since,
            int[] lastContact, int start, int end) {
        this.other = other;
        this.type = type;
        this.outgoing = outgoing;
        this.strength = strength;
        this.context = context;
        this.since = since;
        this.lastContact = lastContact;
        this.start = start;
        this.end = end;
    }

    public int size() {
        return end - start;
    }

    public int other(int k) {
        return other[k];
    }

    public byte type(int k) {
        return type[k];
    }

    public boolean outgoing(int k) {
        return outgoing[k];
    }

    public double strength(int k) {
        return strength[k];
    }

    public byte context(int k) {
        return context[k];
    }

    public int since(int k) {
        return since[k];
    }

    public int lastContact(int k) {
        return lastContact[k];
    }

    public boolean usable(int k, HopRule rule) {
        return rule.usable(strength[k], context[k]);
    }

    public static String typeName(byte type) {
        return type == TRUSTS ? "TRUSTS" : "KNOWS";
    }

    public static byte typeCode(String name) {
        return "TRUSTS".equals(name) ? TRUSTS : KNOWS;
    }
}
