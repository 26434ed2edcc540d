package dev.tsunagari.tiegraph;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.eclipse.collections.impl.map.mutable.primitive.IntIntHashMap;

/**
 * The connector view of one person: how many people, and of which kinds (tags), they reach within one and within
 * two usable hops, kinds most reached first (then most reached in one hop, then by name), and whom they are the
 * only bridge for ({@link Bridges}), sorted by id.
 */
public final class Reach {
    public record Kind(String kind, int withinOneHop, int withinTwoHops) {}

    public record View(int withinOneHop, int withinTwoHops, List<Kind> kinds, List<String> onlyBridgeFor) {}

    private Reach() {}

    /** {@code tags}: the kinds a person carries, read for the people reached only. */
    public static View of(Hops hops, int person, IntFunction<String[]> tags) {
        IntIntHashMap hopsAway = new IntIntHashMap();
        Hops.Of ring = hops.of(person);
        for (int a = 0; a < ring.size; a++) {
            hopsAway.put(ring.other[a], 1);
        }
        for (int a = 0; a < ring.size; a++) {
            Hops.Of second = hops.of(ring.other[a]);
            for (int b = 0; b < second.size; b++) {
                int m = second.other[b];
                if (m != person && !hopsAway.containsKey(m)) {
                    hopsAway.put(m, 2);
                }
            }
        }
        Map<String, int[]> kinds = new TreeMap<>();
        hopsAway.forEachKeyValue((p, d) -> {
            for (String tag : new HashSet<>(List.of(tags.apply(p)))) {
                int[] counts = kinds.computeIfAbsent(tag, k -> new int[2]);
                counts[0] += d == 1 ? 1 : 0;
                counts[1]++;
            }
        });
        List<Kind> ranked = kinds.entrySet().stream()
                .map(e -> new Kind(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingInt(Kind::withinTwoHops).reversed()
                        .thenComparing(Comparator.comparingInt(Kind::withinOneHop).reversed())
                        .thenComparing(Kind::kind))
                .toList();
        return new View(ring.size, hopsAway.size(), ranked, onlyBridgeFor(hops, person));
    }

    private static List<String> onlyBridgeFor(Hops hops, int person) {
        TieGraph graph = hops.graph();
        String center = graph.id(person);
        return Bridges.onlyBridgeFor(center, frontier -> {
            Set<String> next = new HashSet<>();
            for (String id : frontier) {
                Hops.Of around = hops.of(graph.person(id));
                for (int k = 0; k < around.size; k++) {
                    next.add(graph.id(around.other[k]));
                }
            }
            next.remove(center);
            return next;
        });
    }
}
