package dev.tsunagari.tiegraph;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.collections.impl.map.mutable.primitive.IntIntHashMap;
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

    public Found find(int from, Targets targets, int maxHops, Strategy strategy) {
        Hops.Of ring = hops.of(from);
        List<Integer> direct = new ArrayList<>();
        for (int k = 0; k < ring.size; k++) {
            int t = ring.other[k];
            if (t != from && targets.contains(t)) {
                direct.add(t);
            }
        }
        boolean fromTargets = switch (strategy) {
            case FROM_TARGETS -> true;
            case FROM_ASKER -> false;
            case AUTO -> cheaperFromTargets(ring, targets, maxHops);
        };
        IntObjectHashMap<IntObjectHashMap<int[]>> near = fromTargets ? nearTargets(from, ring, targets, maxHops) : null;
        IntObjectHashMap<List<Route>> byIntermediary = new IntObjectHashMap<>();
        Best best = new Best();
        for (int a = 0; a < ring.size; a++) {
            int i = ring.other[a];
            double s1 = ring.score[a];
            best.clear();
            Hops.Of second = hops.of(i);
            for (int b = 0; b < second.size; b++) {
                int n = second.other[b];
                if (n == from) {
                    continue;
                }
                double s2 = second.score[b];
                if (reachable(n, from, ring, targets)) {
                    boolean fan = graph.isFanOf(n, i);
                    best.offer(i, -1, n, s1 * (fan ? Scoring.round(Scoring.withFanBonus(s2)) : s2), fan, from);
                }
                if (maxHops < 2) {
                    continue;
                }
                if (near != null) {
                    IntObjectHashMap<int[]> ends = near.get(n);
                    if (ends != null) {
                        ends.forEachKeyValue((t, unused) -> offerThird(best, from, i, n, s1 * s2, t));
                    }
                } else {
                    Hops.Of third = hops.of(n);
                    for (int c = 0; c < third.size; c++) {
                        int t = third.other[c];
                        if (t != i && t != from && reachable(t, from, ring, targets)) {
                            offerThird(best, from, i, n, s1 * s2, t);
                        }
                    }
                }
            }
            if (best.size() > 0) {
                byIntermediary.put(i, best.routes());
            }
        }
        return new Found(direct, byIntermediary);
    }

    private void offerThird(Best best, int from, int i, int n, double twoHops, int t) {
        if (t == i || t == from) {
            return;
        }
        Hops.Of last = hops.of(n);
        double s3 = last.score[last.find(t)];
        boolean fan = graph.isFanOf(t, n);
        best.offer(i, n, t, twoHops * (fan ? Scoring.round(Scoring.withFanBonus(s3)) : s3), fan, from);
    }

    /** A target that is neither the asker nor a direct contact. */
    private static boolean reachable(int t, int from, Hops.Of ring, Targets targets) {
        return t != from && ring.find(t) < 0 && targets.contains(t);
    }

    /** Ties counted, not read: expanding the targets' side costs their ties, the asker's side its second ring's. */
    private boolean cheaperFromTargets(Hops.Of ring, Targets targets, int maxHops) {
        long fromAsker = 0;
        for (int a = 0; a < ring.size; a++) {
            var ties = graph.ties(ring.other[a]);
            if (maxHops < 2) {
                fromAsker += ties.size();
                continue;
            }
            for (int k = ties.start; k < ties.end; k++) {
                fromAsker += graph.ties(ties.other(k)).size();
            }
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

    /** Each middle person J → the reachable targets one usable hop from them (maxHops 2). */
    private IntObjectHashMap<IntObjectHashMap<int[]>> nearTargets(int from, Hops.Of ring, Targets targets,
            int maxHops) {
        IntObjectHashMap<IntObjectHashMap<int[]>> near = new IntObjectHashMap<>();
        if (maxHops < 2) {
            return near;
        }
        for (int t : targets.list()) {
            if (!reachable(t, from, ring, targets)) {
                continue;
            }
            Hops.Of around = hops.of(t);
            for (int k = 0; k < around.size; k++) {
                int n = around.other[k];
                if (n != from) {
                    near.getIfAbsentPut(n, IntObjectHashMap::new).put(t, null);
                }
            }
        }
        return near;
    }

    /** The best route found so far to each target, for one intermediary. */
    private final class Best {
        private final IntIntHashMap slot = new IntIntHashMap();
        private final List<Route> routes = new ArrayList<>();

        void clear() {
            slot.clear();
            routes.clear();
        }

        int size() {
            return routes.size();
        }

        List<Route> routes() {
            return new ArrayList<>(routes);
        }

        void offer(int i, int n, int t, double score, boolean fan, int from) {
            Route candidate = new Route(i, n, t, score, fan);
            int at = slot.getIfAbsent(t, -1);
            if (at < 0) {
                slot.put(t, routes.size());
                routes.add(candidate);
            } else if (better(candidate, routes.get(at), from)) {
                routes.set(at, candidate);
            }
        }

        private boolean better(Route a, Route b, int from) {
            if (a.score() != b.score()) {
                return a.score() > b.score();
            }
            if (a.hops() != b.hops()) {
                return a.hops() < b.hops();
            }
            return joined(a, from).compareTo(joined(b, from)) < 0;
        }

        private String joined(Route r, int from) {
            String head = graph.id(from) + ">" + graph.id(r.intermediary()) + ">";
            return r.middle() < 0 ? head + graph.id(r.target()) : head + graph.id(r.middle()) + ">" + graph.id(r.target());
        }
    }
}
