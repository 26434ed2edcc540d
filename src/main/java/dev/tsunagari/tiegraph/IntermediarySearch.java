package dev.tsunagari.tiegraph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;
import org.eclipse.collections.impl.map.mutable.primitive.IntObjectHashMap;

/**
 * Whom to ask for an introduction: the direct contacts who are targets, and for each intermediary I the best route
 * to each target T it reaches, {@code from → I → T} or, with two intermediaries, {@code from → I → J → T} (API.md).
 * A route's score is the product of its shown hop scores, the last one raised when T is a fan of whoever asks
 * them. The best route per (I, T): the highest score, then the shorter, then the smaller sequence of ids.
 *
 * <p>Two ways to enumerate the same routes: from the asker (the ring, its neighbours, theirs, keeping targets) or
 * meeting in the middle from the targets' side (their neighbours, joined to the ring's); {@link Strategy#AUTO}
 * counts ties to pick the cheaper, and tests force each to prove they agree.
 */
public final class IntermediarySearch {
    public enum Strategy { AUTO, FROM_TARGETS, FROM_ASKER }

    /** The best route from {@code from} through {@code intermediary} to {@code target}; {@code middle} -1 for two hops. */
    public record Route(int intermediary, int middle, int target, double score, boolean fan) {
        public int hops() {
            return middle < 0 ? 2 : 3;
        }
    }

    /** Direct contacts who are targets, and per intermediary the best route to each target they reach. */
    public record Found(List<Integer> direct, IntObjectHashMap<List<Route>> byIntermediary) {}

    private final Hops hops;
    private final TieGraph graph;

    public IntermediarySearch(Hops hops) {
        this.hops = hops;
        this.graph = hops.graph();
    }

    public Found find(int from, Targets asked, int maxHops, Strategy strategy) {
        Targets targets = Targets.marked(asked);
        Hops.Of ring = hops.of(from);
        List<Integer> direct = new ArrayList<>();
        for (int k = 0; k < ring.size; k++) {
            int t = ring.other[k];
            if (t != from && targets.contains(t)) {
                direct.add(t);
            }
        }
        Best best = new Best(from);
        // Two hops, from → I → T; and, for three, each middle person J with the (I, score of from → I → J) before them.
        IntObjectHashMap<Middle> middles = new IntObjectHashMap<>();
        for (int a = 0; a < ring.size; a++) {
            int i = ring.other[a];
            double s1 = ring.score[a];
            Hops.Of second = hops.of(i);
            int[] fansOfI = graph.fansOf(i);
            for (int b = 0; b < second.size; b++) {
                int n = second.other[b];
                if (n == from) {
                    continue;
                }
                double s2 = second.score[b];
                if (reachable(n, from, ring, targets)) {
                    boolean fan = among(fansOfI, n);
                    best.offer(i, -1, n, s1 * (fan ? Scoring.round(Scoring.withFanBonus(s2)) : s2), fan);
                }
                if (maxHops >= 2) {
                    middles.getIfAbsentPut(n, Middle::new).add(i, s1 * s2);
                }
            }
        }
        if (maxHops >= 2 && !middles.isEmpty()) {
            boolean fromTargets = switch (strategy) {
                case FROM_TARGETS -> true;
                case FROM_ASKER -> false;
                case AUTO -> cheaperFromTargets(middles, targets);
            };
            if (fromTargets) {
                for (int t : targets.list()) {
                    if (!reachable(t, from, ring, targets)) {
                        continue;
                    }
                    Hops.Of around = hops.of(t);
                    for (int k = 0; k < around.size; k++) {
                        Middle before = middles.get(around.other[k]);
                        if (before != null) {
                            // The usable hop rule and the best tie per pair are symmetric: J → T scores as T → J.
                            boolean fan = graph.isFanOf(t, around.other[k]);
                            third(best, before, around.other[k], t, around.score[k], fan);
                        }
                    }
                }
            } else {
                middles.forEachKeyValue((n, before) -> {
                    Hops.Of last = hops.of(n);
                    int[] fansOfN = graph.fansOf(n);
                    for (int c = 0; c < last.size; c++) {
                        int t = last.other[c];
                        if (reachable(t, from, ring, targets)) {
                            third(best, before, n, t, last.score[c], among(fansOfN, t));
                        }
                    }
                });
            }
        }
        return new Found(direct, best.byIntermediary());
    }

    /** Every route from → I → n → t, for each I before the middle person n. */
    private static void third(Best best, Middle before, int n, int t, double s3, boolean fan) {
        double last = fan ? Scoring.round(Scoring.withFanBonus(s3)) : s3;
        for (int m = 0; m < before.size; m++) {
            int i = before.intermediary[m];
            if (i != t) {
                best.offer(i, n, t, before.score[m] * last, fan);
            }
        }
    }

    private static boolean among(int[] sorted, int p) {
        return sorted.length > 0 && Arrays.binarySearch(sorted, p) >= 0;
    }

    /** A target that is neither the asker nor a direct contact. */
    private static boolean reachable(int t, int from, Hops.Of ring, Targets targets) {
        return t != from && ring.find(t) < 0 && targets.contains(t);
    }

    /** The intermediaries before one middle person, each with the score of from → I → J. */
    private static final class Middle {
        int[] intermediary = new int[2];
        double[] score = new double[2];
        int size;

        void add(int i, double s) {
            if (size == intermediary.length) {
                intermediary = Arrays.copyOf(intermediary, size * 2);
                score = Arrays.copyOf(score, size * 2);
            }
            intermediary[size] = i;
            score[size] = s;
            size++;
        }
    }

    /** Hops counted, not scored: the targets' side costs their ties, the asker's side the middle people's. */
    private boolean cheaperFromTargets(IntObjectHashMap<Middle> middles, Targets targets) {
        long fromAsker = 0;
        for (int n : middles.keySet().toArray()) {
            fromAsker += graph.ties(n).size();
        }
        if (targets.count() >= fromAsker) {
            return false;
        }
        long fromTargets = 0;
        for (int t : targets.list()) {
            fromTargets += graph.ties(t).size();
            if (fromTargets >= fromAsker) {
                return false;
            }
        }
        return true;
    }

    /**
     * The best route found so far to each (intermediary, target): the highest score, then the shorter, then the
     * smaller sequence of ids (only the middle person can differ between two routes of one length).
     */
    private final class Best {
        private final int from;
        private final LongIntHashMap slot = new LongIntHashMap();
        private int[] intermediary = new int[64];
        private int[] middle = new int[64];
        private int[] target = new int[64];
        private double[] score = new double[64];
        private boolean[] fan = new boolean[64];
        private int size;

        Best(int from) {
            this.from = from;
        }

        void offer(int i, int n, int t, double s, boolean f) {
            long key = ((long) i << 32) | (t & 0xffffffffL);
            int at = slot.getIfAbsent(key, -1);
            if (at < 0) {
                if (size == target.length) {
                    grow();
                }
                slot.put(key, size);
                set(size++, i, n, t, s, f);
            } else if (better(s, n, at)) {
                set(at, i, n, t, s, f);
            }
        }

        private void set(int at, int i, int n, int t, double s, boolean f) {
            intermediary[at] = i;
            middle[at] = n;
            target[at] = t;
            score[at] = s;
            fan[at] = f;
        }

        private void grow() {
            int length = target.length * 2;
            intermediary = Arrays.copyOf(intermediary, length);
            middle = Arrays.copyOf(middle, length);
            target = Arrays.copyOf(target, length);
            score = Arrays.copyOf(score, length);
            fan = Arrays.copyOf(fan, length);
        }

        private boolean better(double s, int n, int at) {
            if (s != score[at]) {
                return s > score[at];
            }
            int hops = n < 0 ? 2 : 3;
            int old = middle[at] < 0 ? 2 : 3;
            if (hops != old) {
                return hops < old;
            }
            return n >= 0 && beforeInPath(graph.id(n), graph.id(middle[at]));
        }

        IntObjectHashMap<List<Route>> byIntermediary() {
            IntObjectHashMap<List<Route>> routes = new IntObjectHashMap<>();
            for (int k = 0; k < size; k++) {
                routes.getIfAbsentPut(intermediary[k], ArrayList::new)
                        .add(new Route(intermediary[k], middle[k], target[k], score[k], fan[k]));
            }
            return routes;
        }
    }

    /**
     * Whether a path through middle person {@code a} sorts before one through {@code b} when the paths are written
     * as ids joined by {@code >} (the rest of both paths being equal): {@code a + ">"} against {@code b + ">"}.
     */
    static boolean beforeInPath(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int k = 0; k < n; k++) {
            char x = a.charAt(k);
            char y = b.charAt(k);
            if (x != y) {
                return x < y;
            }
        }
        char x = a.length() == n ? '>' : a.charAt(n);
        char y = b.length() == n ? '>' : b.charAt(n);
        return x < y;
    }
}
