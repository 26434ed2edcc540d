package dev.tsunagari.tiegraph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.map.mutable.primitive.IntObjectHashMap;
import org.eclipse.collections.impl.map.mutable.primitive.LongObjectHashMap;

/**
 * Picks the best {@code limit} paths of a {@link ShortestPaths} without listing them all: layer by layer, each
 * person keeps only the best {@code limit} ways to reach them (a path's score is the product of its hop scores, so
 * a path that is not among the best to its middle cannot be among the best overall). Order: score, then the ids
 * along the path, so equal scores always come back in the same order.
 *
 * <p>The hop that counts between two people is the paths' own: the highest {@link Hops#rawScore} (before
 * rounding; the last hop raised by the fan bonus when the end is a fan of whoever asks them), on equal scores the
 * smaller "TYPE|stored from id" (so KNOWS before TRUSTS). Paths multiply these unrounded scores and round the
 * product; each link shows its own score rounded.
 */
public final class PathRanking {
    private static final Hop[] NO_HOPS = {};
    private final Hops hops;
    private final TieGraph graph;
    private final int end;
    private final LongObjectHashMap<Hop> memo = new LongObjectHashMap<>();
    private final Comparator<Route> order;

    PathRanking(Hops hops, int end) {
        this.hops = hops;
        this.graph = hops.graph();
        this.end = end;
        this.order = Comparator.comparingDouble(Route::score).reversed().thenComparing(this::compareIds);
    }

    /** One hop as it counts: from {@code from} to {@code to}, the tie entry {@code entry} of {@code from}'s ties. */
    public record Hop(int from, int to, Ties ties, int entry, double score) {}

    /** A path: its people from start to end, its hops, and its score (the unrounded product of the hop scores). */
    public record Route(int[] people, Hop[] hops, double score) {
        Route then(int person, Hop hop) {
            int[] morePeople = Arrays.copyOf(people, people.length + 1);
            morePeople[people.length] = person;
            Hop[] moreHops = Arrays.copyOf(hops, hops.length + 1);
            moreHops[hops.length] = hop;
            return new Route(morePeople, moreHops, score * hop.score());
        }

        public int length() {
            return hops.length;
        }
    }

    List<Route> rank(ShortestPaths paths, int limit) {
        IntObjectHashMap<List<Route>> best = new IntObjectHashMap<>();
        best.put(paths.start(), List.of(new Route(new int[] {paths.start()}, NO_HOPS, 1.0)));
        for (int i = 0; i < paths.length(); i++) {
            IntObjectHashMap<List<Route>> reached = new IntObjectHashMap<>();
            IntArrayList layer = paths.layers().get(i);
            for (int a = 0; a < layer.size(); a++) {
                int u = layer.get(a);
                IntArrayList next = paths.next(u);
                for (int b = 0; b < next.size(); b++) {
                    int v = next.get(b);
                    Hop hop = hop(u, v);
                    for (Route r : best.getIfAbsent(u, List::of)) {
                        reached.getIfAbsentPut(v, ArrayList::new).add(r.then(v, hop));
                    }
                }
            }
            reached.forEachKeyValue((v, candidates) -> best.put(v, top(candidates, limit)));
        }
        return best.getIfAbsent(paths.end(), List::of);
    }

    private List<Route> top(List<Route> candidates, int limit) {
        candidates.sort(order);
        return List.copyOf(candidates.subList(0, Math.min(limit, candidates.size())));
    }

    /** The usable tie that counts from {@code u} to {@code v} (neighbours on a usable hop). */
    private Hop hop(int u, int v) {
        long key = ((long) u << 32) | (v & 0xffffffffL);
        Hop known = memo.get(key);
        if (known == null) {
            known = strongest(u, v);
            memo.put(key, known);
        }
        return known;
    }

    private Hop strongest(int u, int v) {
        Ties ties = graph.ties(u);
        int first = firstEntry(ties, v);
        boolean fan = v == end && graph.isFanOf(v, u);
        Hop best = null;
        for (int k = first; k < ties.end && ties.other(k) == v; k++) {
            if (!ties.usable(k, hops.rule())) {
                continue;
            }
            double score = hops.rawScore(ties, k);
            if (fan) {
                score = Scoring.withFanBonus(score);
            }
            if (best == null || score > best.score()
                    || (score == best.score() && key(u, ties, k).compareTo(key(u, ties, best.entry())) < 0)) {
                best = new Hop(u, v, ties, k, score);
            }
        }
        return best;
    }

    /** The first of {@code u}'s tie entries with {@code v}: entries are sorted by the other person. */
    private static int firstEntry(Ties ties, int v) {
        int lo = ties.start;
        int hi = ties.end;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ties.other(mid) < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private String key(int u, Ties ties, int k) {
        return Ties.typeName(ties.type(k)) + "|" + graph.id(ties.outgoing(k) ? u : ties.other(k));
    }

    private int compareIds(Route a, Route b) {
        for (int i = 0; i < Math.min(a.people().length, b.people().length); i++) {
            int c = graph.id(a.people()[i]).compareTo(graph.id(b.people()[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.people().length, b.people().length);
    }
}
