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
 * only asks for hops into the other side's frontier. When the frontiers first meet at total depth L, every
 * shortest path crosses the meeting layer, so the two parent maps hold the whole graph of shortest paths.
 */
final class MeetInTheMiddle {
    private final UsableHops hops;

    MeetInTheMiddle(UsableHops hops) {
        this.hops = hops;
    }

    /** The graph of every shortest usable path from {@code start} to {@code end} (two different people). */
    Optional<ShortestPathGraph> search(TransactionContext tx, UsableHops.Origin start, UsableHops.Origin end,
            int maxLength, HopFilter filter) {
        Side a = new Side(start.node());
        Side b = new Side(end.node());
        // The first level of each side came with the origins; growing them costs no round trip.
        a.advance(Map.of(start.node(), start.neighbours()));
        if (a.frontier.contains(end.node())) {
            return Optional.of(ShortestPathGraph.between(a, b, Set.of(end.node())));
        }
        if (maxLength == 1 || a.frontier.isEmpty()) {
            return Optional.empty();
        }
        b.advance(Map.of(end.node(), end.neighbours()));
        Set<String> middle = new HashSet<>(b.frontier);
        middle.retainAll(a.frontier);
        if (!middle.isEmpty()) {
            return Optional.of(ShortestPathGraph.between(a, b, middle));
        }
        while (a.level + b.level < maxLength) {
            Side grow = a.frontier.size() <= b.frontier.size() ? a : b;
            Side other = grow == a ? b : a;
            if (grow.frontier.isEmpty()) {
                return Optional.empty();
            }
            boolean last = a.level + b.level + 1 == maxLength;
            grow.advance(last
                    ? hops.expandInto(tx, grow.frontier, other.frontier, filter)
                    : hops.expand(tx, grow.frontier, filter));
            Set<String> meeting = new HashSet<>(grow.frontier);
            meeting.retainAll(other.frontier);
            if (!meeting.isEmpty()) {
                return Optional.of(ShortestPathGraph.between(a, b, meeting));
            }
        }
        return Optional.empty();
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

        void advance(Map<String, List<String>> found) {
            List<String> next = new ArrayList<>();
            int nextLevel = level + 1;
            found.forEach((u, neighbours) -> {
                for (String v : neighbours) {
                    Integer known = depth.putIfAbsent(v, nextLevel);
                    if (known == null) {
                        next.add(v);
                        parents.computeIfAbsent(v, k -> new ArrayList<>()).add(u);
                    } else if (known == nextLevel) {
                        parents.get(v).add(u);
                    }
                }
            });
            level = nextLevel;
            frontier = next;
        }
    }
}
