package dev.tsunagari.paths;

import dev.tsunagari.finder.HopFilter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.TransactionContext;

/**
 * Bounded bidirectional breadth-first search over usable hops, one batched query per level. Each step grows the
 * side with the smaller frontier by one level, so "no path" ends as soon as either side runs out of people (a
 * small component is exhausted from its own end) or the two depths add up to {@code maxLength}; the last level
 * only asks for hops into the other side's frontier. While both frontiers are small they grow in one query, which
 * saves a round trip at the price of, at worst, one small level not needed. When the frontiers first meet at total
 * depth L, every shortest path crosses the meeting layer, so the two parent maps hold the graph of all of them.
 */
final class MeetInTheMiddle {
    /** Both frontiers together at most this large grow in one query. */
    static final int BOTH_SIDES_LIMIT = 100;
    private final UsableHops hops;

    MeetInTheMiddle(UsableHops hops) {
        this.hops = hops;
    }

    /** The graph of every shortest usable path from {@code start} to {@code end} (two different people). */
    Optional<ShortestPathGraph> search(TransactionContext tx, UsableHops.Origin start, UsableHops.Origin end,
            int maxLength, HopFilter filter) {
        Side a = new Side(start.node());
        Side b = new Side(end.node());
        // The first level of each side came with the origins.
        Map<String, List<String>> first = Map.of(start.node(), start.neighbours(), end.node(), end.neighbours());
        a.advance(first);
        Set<String> middle = middle(a, b);
        if (middle.isEmpty() && maxLength > 1 && !a.frontier.isEmpty()) {
            b.advance(first);
            middle = middle(a, b);
        }
        while (middle.isEmpty() && a.level + b.level < maxLength && !a.frontier.isEmpty() && !b.frontier.isEmpty()) {
            int reached = a.level + b.level;
            if (reached + 2 < maxLength && a.frontier.size() + b.frontier.size() <= BOTH_SIDES_LIMIT) {
                List<String> both = new ArrayList<>(a.frontier);
                both.addAll(b.frontier);
                Map<String, List<String>> found = hops.expand(tx, both, filter);
                a.advance(found);
                middle = middle(a, b);
                if (middle.isEmpty() && !a.frontier.isEmpty()) {
                    b.advance(found);
                    middle = middle(a, b);
                }
                continue;
            }
            Side grow = a.frontier.size() <= b.frontier.size() ? a : b;
            Side other = grow == a ? b : a;
            grow.advance(reached + 1 == maxLength
                    ? hops.expandInto(tx, grow.frontier, other.frontier, filter)
                    : hops.expand(tx, grow.frontier, filter));
            middle = middle(a, b);
        }
        return middle.isEmpty() ? Optional.empty() : Optional.of(ShortestPathGraph.between(a, b, middle));
    }

    /** The people both frontiers hold: where shortest paths cross, once there are any. */
    private static Set<String> middle(Side a, Side b) {
        Set<String> middle = new HashSet<>(a.frontier);
        middle.retainAll(new HashSet<>(b.frontier));
        return middle;
    }

    /** One end of the search: how far each reached person is, and whom they were reached from. */
    static final class Side {
        final Map<String, Integer> depth = new HashMap<>();
        final Map<String, List<String>> parents = new HashMap<>();
        List<String> frontier;
        int level;

        Side(String origin) {
            depth.put(origin, 0);
            frontier = List.of(origin);
        }

        /** Grows by one level from what {@code found} says about this side's frontier (other keys are ignored). */
        void advance(Map<String, List<String>> found) {
            List<String> next = new ArrayList<>();
            int nextLevel = level + 1;
            for (String u : frontier) {
                for (String v : found.getOrDefault(u, List.of())) {
                    Integer known = depth.putIfAbsent(v, nextLevel);
                    if (known == null) {
                        next.add(v);
                        parents.computeIfAbsent(v, k -> new ArrayList<>()).add(u);
                    } else if (known == nextLevel) {
                        parents.get(v).add(u);
                    }
                }
            }
            level = nextLevel;
            frontier = next;
        }
    }
}
