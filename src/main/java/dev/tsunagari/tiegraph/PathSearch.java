package dev.tsunagari.tiegraph;

import java.util.List;
import java.util.Optional;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.map.mutable.primitive.IntIntHashMap;
import org.eclipse.collections.impl.map.mutable.primitive.IntObjectHashMap;

/**
 * Bridge paths between two people (LDBC IC13 semantics): every shortest simple path of usable hops up to
 * {@code maxLength}, found by a bounded bidirectional breadth-first search. Each step grows the side with the
 * smaller frontier by one level, so "no path" ends as soon as either side runs out of people or the two depths add
 * up to {@code maxLength}. When the frontiers first meet at total depth L, every shortest path crosses the meeting
 * layer, so the two sides' parents hold the graph of all of them ({@link ShortestPaths}); {@link PathRanking} then
 * picks the best {@code limit} without listing them all.
 */
public final class PathSearch {
    /** The REST defaults and bounds of a paths question, shared by the route and the procedure. */
    public static final int DEFAULT_MAX_LENGTH = 6;
    public static final int MAX_LENGTH = 10;
    public static final int DEFAULT_LIMIT = 5;
    public static final int MAX_LIMIT = 100;
    private final Hops hops;

    public PathSearch(Hops hops) {
        this.hops = hops;
    }

    /** The graph of every shortest usable path from {@code from} to {@code to} (two people); empty: none. */
    public Optional<ShortestPaths> find(int from, int to, int maxLength) {
        Side a = new Side(from);
        Side b = new Side(to);
        while (a.level + b.level < maxLength && a.frontier.notEmpty() && b.frontier.notEmpty()) {
            Side grow = a.frontier.size() <= b.frontier.size() ? a : b;
            Side other = grow == a ? b : a;
            boolean last = grow.level + 1 + other.level == maxLength;
            IntArrayList meeting = grow.advance(hops, other, last);
            if (meeting.notEmpty()) {
                return Optional.of(ShortestPaths.between(a, b, meeting));
            }
        }
        return Optional.empty();
    }

    /** The best {@code limit} shortest paths, best first (see {@link PathRanking}); empty when there is none. */
    public List<PathRanking.Route> best(int from, int to, int maxLength, int limit) {
        return find(from, to, maxLength).map(paths -> new PathRanking(hops, to).rank(paths, limit)).orElse(List.of());
    }

    /** One end of the search: how far each reached person is, and whom they were reached from. */
    static final class Side {
        final IntIntHashMap depth = new IntIntHashMap();
        final IntObjectHashMap<IntArrayList> parents = new IntObjectHashMap<>();
        IntArrayList frontier = new IntArrayList();
        int level;

        Side(int origin) {
            depth.put(origin, 0);
            frontier.add(origin);
        }

        /**
         * Grows by one level; returns the people of the new level the other side has reached (its frontier: a
         * person it reached earlier would mean a shorter path, met a step before). On the {@code last} level
         * only those are kept.
         */
        IntArrayList advance(Hops hops, Side other, boolean last) {
            IntArrayList next = new IntArrayList();
            IntArrayList meeting = new IntArrayList();
            int nextLevel = level + 1;
            for (int i = 0; i < frontier.size(); i++) {
                int u = frontier.get(i);
                // Only whether a usable tie joins them matters here, so ties are not scored; parallel ties to one
                // person are neighbours in the slice and count once.
                Ties ties = hops.graph().ties(u);
                int previous = TieGraph.NONE;
                for (int k = ties.start; k < ties.end; k++) {
                    int v = ties.other(k);
                    if (v == previous || !ties.usable(k, hops.rule())) {
                        continue;
                    }
                    previous = v;
                    boolean met = other.depth.containsKey(v);
                    if (last && !met) {
                        continue;
                    }
                    int known = depth.getIfAbsent(v, -1);
                    if (known < 0) {
                        depth.put(v, nextLevel);
                        next.add(v);
                        IntArrayList from = new IntArrayList(1);
                        from.add(u);
                        parents.put(v, from);
                        if (met) {
                            meeting.add(v);
                        }
                    } else if (known == nextLevel) {
                        parents.get(v).add(u);
                    }
                }
            }
            level = nextLevel;
            frontier = next;
            return meeting;
        }
    }
}
