package dev.tsunagari.tiegraph;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.map.mutable.primitive.IntObjectHashMap;
import org.eclipse.collections.impl.set.mutable.primitive.IntHashSet;

/**
 * Every shortest usable path between two people at once, as a layered graph: {@code layers.get(i)} holds the people
 * i hops from the start on some shortest path, and {@code next} the hops from each to the following layer. Paths
 * are ranked over it without ever being listed one by one.
 */
public record ShortestPaths(int length, List<IntArrayList> layers, IntObjectHashMap<IntArrayList> next) {
    private static final IntArrayList NONE = new IntArrayList();

    /** Joins the two halves of a search whose frontiers first met at {@code meeting}. */
    static ShortestPaths between(PathSearch.Side start, PathSearch.Side end, IntArrayList meeting) {
        int length = start.level + end.level;
        List<IntArrayList> layers = new ArrayList<>();
        for (int i = 0; i <= length; i++) {
            layers.add(new IntArrayList());
        }
        IntObjectHashMap<IntArrayList> next = new IntObjectHashMap<>();
        layers.get(start.level).addAll(meeting);
        // Towards the start: parents are the previous layer, so the hop runs parent -> child.
        walk(meeting, start, (child, parent, first) -> {
            if (first) {
                layers.get(start.depth.get(parent)).add(parent);
            }
            next.getIfAbsentPut(parent, IntArrayList::new).add(child);
        });
        // Towards the end: parents are closer to the end, so the hop runs child -> parent.
        walk(meeting, end, (child, parent, first) -> {
            if (first) {
                layers.get(length - end.depth.get(parent)).add(parent);
            }
            next.getIfAbsentPut(child, IntArrayList::new).add(parent);
        });
        return new ShortestPaths(length, layers, next);
    }

    private interface HopVisitor {
        /** {@code first}: the first time this parent is met. */
        void hop(int child, int parent, boolean first);
    }

    private static void walk(IntArrayList from, PathSearch.Side side, HopVisitor visitor) {
        IntArrayList todo = new IntArrayList();
        todo.addAll(from);
        IntHashSet seen = new IntHashSet();
        seen.addAll(from);
        for (int i = 0; i < todo.size(); i++) {
            int child = todo.get(i);
            IntArrayList parents = side.parents.get(child);
            if (parents == null) {
                continue;
            }
            for (int j = 0; j < parents.size(); j++) {
                int parent = parents.get(j);
                boolean first = seen.add(parent);
                visitor.hop(child, parent, first);
                if (first) {
                    todo.add(parent);
                }
            }
        }
    }

    public int start() {
        return layers.get(0).get(0);
    }

    public int end() {
        return layers.get(length).get(0);
    }

    /** The people one hop on from {@code p} along some shortest path. */
    public IntArrayList next(int p) {
        IntArrayList found = next.get(p);
        return found == null ? NONE : found;
    }
}
