package dev.tsunagari.support;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An independent in-memory model of "usable hops" (API.md, Finder) used to check the service's answers: plain
 * adjacency sets and breadth-first search, nothing shared with the production code.
 */
public final class ReferenceGraph {
    private final Map<String, Set<String>> adjacent = new HashMap<>();

    public ReferenceGraph(Collection<String> people, List<LdbcTiny.Edge> edges, double minStrength, boolean includeWeak) {
        people.forEach(p -> adjacent.put(p, new HashSet<>()));
        for (LdbcTiny.Edge e : edges) {
            boolean usable = e.strength() >= minStrength && (includeWeak || !"card-exchange".equals(e.context()));
            if (usable) {
                adjacent.get(e.from()).add(e.to());
                adjacent.get(e.to()).add(e.from());
            }
        }
    }

    public Set<String> neighbours(String person) {
        return adjacent.getOrDefault(person, Set.of());
    }

    /** Hops of the shortest usable path, 0 for the same person, -1 when none within {@code maxLength}. */
    public int distance(String from, String to, int maxLength) {
        if (from.equals(to)) {
            return 0;
        }
        Map<String, Integer> seen = new HashMap<>(Map.of(from, 0));
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            String current = queue.poll();
            int d = seen.get(current);
            if (d == maxLength) {
                continue;
            }
            for (String next : neighbours(current)) {
                if (seen.putIfAbsent(next, d + 1) == null) {
                    if (next.equals(to)) {
                        return d + 1;
                    }
                    queue.add(next);
                }
            }
        }
        return -1;
    }

    /** Targets one usable hop from {@code from}. */
    public Set<String> direct(String from, Set<String> targets) {
        Set<String> direct = new HashSet<>(neighbours(from));
        direct.retainAll(targets);
        direct.remove(from);
        return direct;
    }

    /**
     * Every (intermediary, target) pair, as "I>T": I a usable neighbour of {@code from}, T a target not in
     * {@code direct}, joined by a simple path from → I → T, or with maxHops 2 also from → I → J → T.
     */
    public Set<String> pairs(String from, Set<String> targets, int maxHops) {
        Set<String> direct = direct(from, targets);
        Set<String> pairs = new HashSet<>();
        for (String i : neighbours(from)) {
            for (String t : targets) {
                if (t.equals(from) || t.equals(i) || direct.contains(t)) {
                    continue;
                }
                boolean reached = neighbours(i).contains(t);
                if (!reached && maxHops == 2) {
                    for (String j : neighbours(i)) {
                        if (!j.equals(from) && !j.equals(t) && neighbours(j).contains(t)) {
                            reached = true;
                            break;
                        }
                    }
                }
                if (reached) {
                    pairs.add(i + ">" + t);
                }
            }
        }
        return pairs;
    }
}
