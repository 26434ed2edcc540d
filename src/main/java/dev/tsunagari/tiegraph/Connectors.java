package dev.tsunagari.tiegraph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.map.mutable.primitive.IntObjectHashMap;
import org.eclipse.collections.impl.set.mutable.primitive.IntHashSet;

/**
 * "When you're stuck, ask ◯◯": who reaches the most people of a kind within two usable hops, and through how many
 * independent routes ({@code routes}: the different people next to them through whom, or in whom, they reach the
 * kind; if one is away, the others still lead there). Nobody reaches themselves. Most reached first, then most
 * routes, then by id.
 */
public final class Connectors {
    /** A connector with the number of targets they reach and of their routes. */
    public record Connector(int person, String id, int reaches, int routes) {}

    private final Hops hops;
    private final Targets targets;
    /** Each person next to a target, with the targets they are next to. */
    private final IntObjectHashMap<IntArrayList> near = new IntObjectHashMap<>();

    public Connectors(Hops hops, Targets targets) {
        this.hops = hops;
        this.targets = targets;
        for (int t : targets.list()) {
            Hops.Of around = hops.of(t);
            for (int k = 0; k < around.size; k++) {
                near.getIfAbsentPut(around.other[k], IntArrayList::new).add(t);
            }
        }
    }

    /** Everyone who reaches a target, ranked. */
    public List<Connector> ranked() {
        IntHashSet candidates = new IntHashSet();
        near.forEachKey(n -> {
            candidates.add(n);
            Hops.Of around = hops.of(n);
            for (int k = 0; k < around.size; k++) {
                candidates.add(around.other[k]);
            }
        });
        List<Connector> ranked = new ArrayList<>();
        IntHashSet reached = new IntHashSet();
        TieGraph graph = hops.graph();
        candidates.forEach(c -> {
            reached.clear();
            int routes = reach(c, reached);
            if (!reached.isEmpty()) {
                ranked.add(new Connector(c, graph.id(c), reached.size(), routes));
            }
        });
        ranked.sort(Comparator.comparingInt((Connector c) -> -c.reaches())
                .thenComparingInt(c -> -c.routes())
                .thenComparing(Connector::id));
        return ranked;
    }

    /** The targets {@code c} reaches, for the connectors shown. */
    public int[] reached(int c) {
        IntHashSet reached = new IntHashSet();
        reach(c, reached);
        return reached.toArray();
    }

    /** Adds what {@code c} reaches to {@code reached}; returns the number of routes. */
    private int reach(int c, IntHashSet reached) {
        int routes = 0;
        Hops.Of around = hops.of(c);
        for (int k = 0; k < around.size; k++) {
            int n = around.other[k];
            boolean route = false;
            if (targets.contains(n)) {
                reached.add(n);
                route = true;
            }
            IntArrayList next = near.get(n);
            for (int i = 0; next != null && i < next.size(); i++) {
                int t = next.get(i);
                if (t != c) {
                    reached.add(t);
                    route = true;
                }
            }
            routes += route ? 1 : 0;
        }
        return routes;
    }
}
