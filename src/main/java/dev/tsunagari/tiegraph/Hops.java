package dev.tsunagari.tiegraph;

import java.time.LocalDate;
import java.util.Arrays;
import org.eclipse.collections.impl.map.mutable.primitive.IntObjectHashMap;

/**
 * The usable hops of the people one question meets, each person's read once: per neighbour, the tie that counts
 * ("where several usable ties join two people, the highest hop score counts"; on equal scores TRUSTS before KNOWS,
 * then the tie stored from the smaller id) and its shown (rounded) score, which is what routes multiply.
 */
public final class Hops {
    private final TieGraph graph;
    private final HopRule rule;
    private final long today;
    private final IntObjectHashMap<Of> memo = new IntObjectHashMap<>();
    private final double[] weights = new double[128];

    public Hops(TieGraph graph, HopRule rule, LocalDate today) {
        this.graph = graph;
        this.rule = rule;
        this.today = today.toEpochDay();
        Arrays.fill(weights, Double.NaN);
    }

    public TieGraph graph() {
        return graph;
    }

    public long today() {
        return today;
    }

    /** Which ties are usable hops for this question. */
    public HopRule rule() {
        return rule;
    }

    /** One person's usable hops, sorted by neighbour: {@code other[k]}, {@code score[k]}, tie entry {@code entry[k]}. */
    public static final class Of {
        public final int person;
        public final Ties ties;
        public final int[] other;
        public final double[] score;
        public final int[] entry;
        public final int size;

        Of(int person, Ties ties, int[] other, double[] score, int[] entry, int size) {
            this.person = person;
            this.ties = ties;
            this.other = other;
            this.score = score;
            this.entry = entry;
            this.size = size;
        }

        /** Index of the hop to {@code q}, or negative. */
        public int find(int q) {
            return Arrays.binarySearch(other, 0, size, q);
        }
    }

    public Of of(int p) {
        Of known = memo.get(p);
        if (known == null) {
            known = read(p);
            memo.put(p, known);
        }
        return known;
    }

    /** The rounded hop score of one tie entry (no fan bonus). */
    public double score(Ties ties, int k) {
        return Scoring.round(rawScore(ties, k));
    }

    /** The hop score of one tie entry before rounding (no fan bonus). */
    public double rawScore(Ties ties, int k) {
        int last = ties.lastContact(k);
        double recency = last == Ties.NO_DATE ? Scoring.UNKNOWN_RECENCY : Scoring.recency(today - last);
        return Scoring.hop(ties.strength(k), weight(ties.context(k)), recency, ties.type(k) == Ties.TRUSTS);
    }

    private double weight(byte context) {
        double w = weights[context];
        if (Double.isNaN(w)) {
            w = Scoring.contextWeight(Contexts.name(context));
            weights[context] = w;
        }
        return w;
    }

    private Of read(int p) {
        Ties ties = graph.ties(p);
        int n = ties.size();
        int[] other = new int[n];
        double[] score = new double[n];
        int[] entry = new int[n];
        int size = 0;
        for (int k = ties.start; k < ties.end; k++) {
            if (!ties.usable(k, rule)) {
                continue;
            }
            double s = score(ties, k);
            int q = ties.other(k);
            if (size > 0 && other[size - 1] == q) {
                if (better(p, ties, k, s, entry[size - 1], score[size - 1])) {
                    score[size - 1] = s;
                    entry[size - 1] = k;
                }
                continue;
            }
            other[size] = q;
            score[size] = s;
            entry[size] = k;
            size++;
        }
        return new Of(p, ties, other, score, entry, size);
    }

    private boolean better(int p, Ties ties, int k, double s, int old, double oldScore) {
        if (s != oldScore) {
            return s > oldScore;
        }
        if (ties.type(k) != ties.type(old)) {
            return ties.type(k) == Ties.TRUSTS;
        }
        return storedFrom(p, ties, k).compareTo(storedFrom(p, ties, old)) < 0;
    }

    private String storedFrom(int p, Ties ties, int k) {
        return graph.id(ties.outgoing(k) ? p : ties.other(k));
    }

    /** The tie entry as an answer shows it, seen from {@code p} (whose ties these are). */
    public Link link(int p, Ties ties, int k, double shownScore) {
        String self = graph.id(p);
        String other = graph.id(ties.other(k));
        boolean out = ties.outgoing(k);
        return new Link(out ? self : other, out ? other : self, Ties.typeName(ties.type(k)), ties.strength(k),
                Contexts.name(ties.context(k)), date(ties.since(k)), date(ties.lastContact(k)), shownScore);
    }

    private static String date(int day) {
        return day == Ties.NO_DATE ? null : LocalDate.ofEpochDay(day).toString();
    }
}
