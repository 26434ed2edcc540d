package dev.tsunagari.paths;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every shortest usable path between two people at once, as a layered graph: {@code layers.get(i)} holds the people
 * i hops from the start on some shortest path, and {@code next} the hops from each to the following layer. Paths
 * are counted and ranked over it without ever being listed one by one.
 */
record ShortestPathGraph(int length, List<Set<String>> layers, Map<String, Set<String>> next) {

    /** Joins the two halves of a search whose frontiers first met at {@code meeting}. */
    static ShortestPathGraph between(MeetInTheMiddle.Side start, MeetInTheMiddle.Side end, Set<String> meeting) {
        int length = start.level + end.level;
        List<Set<String>> layers = new ArrayList<>();
        for (int i = 0; i <= length; i++) {
            layers.add(new LinkedHashSet<>());
        }
        Map<String, Set<String>> next = new HashMap<>();
        layers.get(start.level).addAll(meeting);
        // Towards the start: parents are the previous layer, so the hop runs parent -> child.
        walk(meeting, start, (child, parent) -> {
            layers.get(start.depth.get(parent)).add(parent);
            next.computeIfAbsent(parent, k -> new LinkedHashSet<>()).add(child);
        });
        // Towards the end: parents are closer to the end, so the hop runs child -> parent.
        walk(meeting, end, (child, parent) -> {
            layers.get(length - end.depth.get(parent)).add(parent);
            next.computeIfAbsent(child, k -> new LinkedHashSet<>()).add(parent);
        });
        return new ShortestPathGraph(length, layers, next);
    }

    private interface HopVisitor {
        void hop(String child, String parent);
    }

    private static void walk(Collection<String> from, MeetInTheMiddle.Side side, HopVisitor visitor) {
        Deque<String> todo = new ArrayDeque<>(from);
        Set<String> seen = new LinkedHashSet<>(from);
        while (!todo.isEmpty()) {
            String child = todo.poll();
            for (String parent : side.parents.getOrDefault(child, List.of())) {
                visitor.hop(child, parent);
                if (seen.add(parent)) {
                    todo.add(parent);
                }
            }
        }
    }

    String start() {
        return layers.get(0).iterator().next();
    }

    String end() {
        return layers.get(length).iterator().next();
    }

    /** Every hop of the graph as a pair [u, v] in the direction of travel. */
    List<List<String>> hops() {
        List<List<String>> hops = new ArrayList<>();
        next.forEach((u, vs) -> vs.forEach(v -> hops.add(List.of(u, v))));
        return hops;
    }
}
