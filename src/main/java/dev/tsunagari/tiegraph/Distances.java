package dev.tsunagari.tiegraph;

import java.util.Arrays;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.map.mutable.primitive.IntIntHashMap;

/**
 * Who stands within {@code maxDistance} usable hops of an asker, for the 脳内検索: a breadth-first search over
 * {@link Hops}. Each person placed also gets a {@code via}: the first hop of one of their shortest paths, the best
 * one by the score of the hop from the asker (then id), i.e. whom to ask first.
 *
 * <p>When the last level would start from more than {@code fullExpandLimit} people, it is met from the side of the
 * people sought instead: each of them not placed yet is placed one level beyond the frontier when one of their
 * usable hops lands in it. Only the people sought are placed at that level then, which is all a search needs.
 */
public final class Distances {
    private final Hops hops;
    private final IntIntHashMap distance = new IntIntHashMap();
    private final IntIntHashMap via = new IntIntHashMap();
    /** Each direct contact's place in the order of whom to ask first (0 best). */
    private final IntIntHashMap rank = new IntIntHashMap();

    private Distances(Hops hops) {
        this.hops = hops;
    }

    /** Nobody placed: a search without an asker. */
    public static Distances none(Hops hops) {
        return new Distances(hops);
    }

    /** The people within {@code maxDistance} of {@code from}; {@code sought} are the only ones a search needs. */
    public static Distances around(Hops hops, int from, int maxDistance, Targets sought, int fullExpandLimit) {
        Distances d = new Distances(hops);
        d.walk(from, maxDistance, sought, fullExpandLimit);
        return d;
    }

    private void walk(int from, int maxDistance, Targets sought, int fullExpandLimit) {
        distance.put(from, 0);
        Hops.Of ring = hops.of(from);
        rankFirstHops(ring);
        IntArrayList frontier = IntArrayList.newListWith(from);
        for (int level = 0; level < maxDistance && !frontier.isEmpty(); level++) {
            if (level > 0 && level == maxDistance - 1 && frontier.size() > fullExpandLimit) {
                meetFromSought(sought, level);
                return;
            }
            IntArrayList next = new IntArrayList();
            for (int i = 0; i < frontier.size(); i++) {
                int u = frontier.get(i);
                Hops.Of around = hops.of(u);
                for (int k = 0; k < around.size; k++) {
                    int v = around.other[k];
                    int known = distance.getIfAbsent(v, -1);
                    if (known < 0) {
                        distance.put(v, level + 1);
                        via.put(v, level == 0 ? v : via.get(u));
                        next.add(v);
                    } else if (known == level + 1 && level > 0) {
                        via.put(v, better(via.get(v), via.get(u)));
                    }
                }
            }
            frontier = next;
        }
    }

    private void meetFromSought(Targets sought, int level) {
        for (int s : sought.list()) {
            if (distance.containsKey(s)) {
                continue;
            }
            Hops.Of around = hops.of(s);
            int best = TieGraph.NONE;
            for (int k = 0; k < around.size; k++) {
                int u = around.other[k];
                if (distance.getIfAbsent(u, -1) == level) {
                    best = best == TieGraph.NONE ? via.get(u) : better(best, via.get(u));
                }
            }
            if (best != TieGraph.NONE) {
                distance.put(s, level + 1);
                via.put(s, best);
            }
        }
    }

    /** Direct contacts by the score of the hop to them (best first), then id. */
    private void rankFirstHops(Hops.Of ring) {
        TieGraph graph = hops.graph();
        Integer[] order = new Integer[ring.size];
        for (int k = 0; k < ring.size; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> ring.score[a] != ring.score[b] ? Double.compare(ring.score[b], ring.score[a])
                : graph.id(ring.other[a]).compareTo(graph.id(ring.other[b])));
        for (int r = 0; r < order.length; r++) {
            rank.put(ring.other[order[r]], r);
        }
    }

    private int better(int a, int b) {
        return rank.get(a) <= rank.get(b) ? a : b;
    }

    /** Usable hops from the asker, or -1 when not within the bound (the asker too, and without an asker). */
    public int distance(int p) {
        int d = distance.getIfAbsent(p, -1);
        return d <= 0 ? -1 : d;
    }

    /** The first hop of the best shortest path to {@code p}, or {@link TieGraph#NONE}. */
    public int via(int p) {
        return distance(p) < 0 ? TieGraph.NONE : via.get(p);
    }
}
