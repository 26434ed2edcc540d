package dev.tsunagari.tieindex;

import dev.tsunagari.tiegraph.Ties;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.collections.api.iterator.LongIterator;
import org.eclipse.collections.api.set.primitive.LongSet;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;
import org.eclipse.collections.impl.set.mutable.primitive.LongHashSet;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.NotFoundException;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Transaction;

/**
 * One step of keeping the index current: the nodes a commit touched are read again from the store, as they are
 * now, and a new version is made from the old one with only their slots (and the tag lists their tags changed)
 * copied. Reading the present state rather than replaying the change makes the order commits are applied in
 * irrelevant: the writer is one at a time, so a later read never publishes an older state.
 */
final class IndexUpdate {
    private final IndexSnapshot base;
    private final Dictionary dictionary;
    private final LongIntHashMap slotOfNode;
    private final Transaction tx;
    private Chunks slots;
    private final NodeSlots.Edit nodeSlots;
    private int[][] carriers;
    private boolean carriersCopied;
    private long people;
    private long tieEntries;
    private long fanTies;
    private long bytes;

    IndexUpdate(IndexSnapshot base, Dictionary dictionary, LongIntHashMap slotOfNode, Transaction tx) {
        this.base = base;
        this.dictionary = dictionary;
        this.slotOfNode = slotOfNode;
        this.tx = tx;
        this.slots = base.slots();
        this.nodeSlots = base.nodeSlots().edit();
        this.carriers = base.carriersByTag();
        this.people = base.people();
        this.tieEntries = base.tieEntries();
        this.fanTies = base.fanTies();
        this.bytes = base.bytes();
    }

    private record Touched(long nodeId, Node node, Store.PersonFields fields) {}

    @SuppressWarnings("deprecation")
    IndexSnapshot apply(LongSet nodes, long transaction) {
        // First who each touched node is now, so that ties between two new people find both slots.
        List<Touched> alive = new ArrayList<>();
        // Nodes that still exist but became a person, stopped being one or changed id: their ties stayed, so only
        // they were touched, while the people at the other ends hold their old slot (or none).
        List<Node> moved = new ArrayList<>();
        LongIterator it = nodes.longIterator();
        while (it.hasNext()) {
            long nodeId = it.next();
            Node node;
            try {
                node = tx.getNodeById(nodeId);
            } catch (NotFoundException gone) {
                node = null;
            }
            Store.PersonFields fields = node == null ? null : Store.person(node);
            int old = slotOfNode.getIfAbsent(nodeId, -1);
            if (fields == null) {
                if (old >= 0) {
                    remove(old);
                    slotOfNode.remove(nodeId);
                    nodeSlots.remove(nodeId);
                    if (node != null) {
                        moved.add(node);
                    }
                }
                continue;
            }
            int slot = dictionary.slotFor(fields.id());
            if (old != slot) {
                if (old >= 0) {
                    remove(old);
                }
                moved.add(node);
            }
            slotOfNode.put(nodeId, slot);
            nodeSlots.put(nodeId, slot);
            alive.add(new Touched(nodeId, node, fields));
        }
        LongHashSet neighbours = new LongHashSet();
        for (Node node : moved) {
            for (Relationship r : node.getRelationships(Direction.BOTH, Store.KNOWS, Store.TRUSTS, Store.FAN_OF)) {
                long other = r.getOtherNodeId(node.getId());
                if (nodes.contains(other) || slotOfNode.getIfAbsent(other, -1) < 0 || !neighbours.add(other)) {
                    continue;
                }
                Node neighbour = tx.getNodeById(other);
                Store.PersonFields fields = Store.person(neighbour);
                if (fields != null) {
                    alive.add(new Touched(other, neighbour, fields));
                }
            }
        }
        for (Touched t : alive) {
            put(t);
        }
        NodeSlots nodeVersion = nodeSlots.done();
        bytes += nodeVersion.bytes() - base.nodeSlots().bytes();
        return new IndexSnapshot(dictionary, slots, nodeVersion, Math.max(base.size(), dictionary.slotCount()), carriers,
                transaction, bytes, people, tieEntries, fanTies);
    }

    @SuppressWarnings("deprecation")
    private void put(Touched t) {
        int p = slotOfNode.get(t.nodeId());
        TieBuffer buffer = new TieBuffer();
        for (Relationship r : t.node().getRelationships(Direction.BOTH, Store.HOPS)) {
            long otherNode = r.getOtherNodeId(t.nodeId());
            int other = slotOfNode.getIfAbsent(otherNode, -1);
            if (other < 0 || other == p) {
                continue;
            }
            buffer.add(other, Store.type(r), r.getStartNodeId() == t.nodeId(), Store.strength(r), Store.context(r),
                    Store.day(r, "since"), Store.day(r, "lastContact"));
        }
        List<Integer> fanned = new ArrayList<>();
        List<Integer> fans = new ArrayList<>();
        for (Relationship r : t.node().getRelationships(Direction.BOTH, Store.FAN_OF)) {
            boolean out = r.getStartNodeId() == t.nodeId();
            int other = slotOfNode.getIfAbsent(out ? r.getEndNodeId() : r.getStartNodeId(), -1);
            if (other >= 0 && other != p) {
                (out ? fanned : fans).add(other);
            }
        }
        int[] fanOf = SliceSort.distinct(fanned.stream().mapToInt(Integer::intValue).toArray());
        int[] fansOfThem = SliceSort.distinct(fans.stream().mapToInt(Integer::intValue).toArray());
        Store.PersonFields f = t.fields();
        int[] tags = new int[f.tags().length];
        for (int k = 0; k < tags.length; k++) {
            tags[k] = dictionary.tagFor(f.tags()[k]);
        }
        Arrays.sort(tags);
        Ties ties = buffer.ties();
        Slot before = slots.get(p);
        Slot after = new Slot(f.id(), t.nodeId(), f.isPrivate(), f.addedBy(), f.introduces(), tags, ties, fanOf,
                fansOfThem);
        if (before != null) {
            tieEntries -= before.ties().size();
            fanTies -= before.fanOf().length;
        } else {
            people++;
        }
        tieEntries += ties.size();
        fanTies += fanOf.length;
        bytes += after.bytes(true);
        retag(p, before == null ? new int[0] : before.tags(), tags);
        slots = slots.with(p, after);
    }

    private void remove(int p) {
        Slot before = slots.get(p);
        if (before == null) {
            return;
        }
        people--;
        tieEntries -= before.ties().size();
        fanTies -= before.fanOf().length;
        retag(p, before.tags(), new int[0]);
        slots = slots.with(p, null);
    }

    /** Moves slot {@code p} from the carrier lists of the tags it lost to those of the tags it gained. */
    private void retag(int p, int[] before, int[] after) {
        if (Arrays.equals(before, after)) {
            return;
        }
        for (int tag : before) {
            if (Arrays.binarySearch(after, tag) < 0) {
                setCarriers(tag, without(carriersOf(tag), p));
            }
        }
        for (int tag : after) {
            if (Arrays.binarySearch(before, tag) < 0) {
                setCarriers(tag, with(carriersOf(tag), p));
            }
        }
    }

    private int[] carriersOf(int tag) {
        return tag < carriers.length && carriers[tag] != null ? carriers[tag] : new int[0];
    }

    private void setCarriers(int tag, int[] list) {
        if (!carriersCopied || tag >= carriers.length) {
            carriers = Arrays.copyOf(carriers, Math.max(carriers.length, dictionary.tagCount()));
            carriersCopied = true;
        }
        carriers[tag] = list;
    }

    private static int[] with(int[] sorted, int p) {
        int at = Arrays.binarySearch(sorted, p);
        if (at >= 0) {
            return sorted;
        }
        int insert = -at - 1;
        int[] out = new int[sorted.length + 1];
        System.arraycopy(sorted, 0, out, 0, insert);
        out[insert] = p;
        System.arraycopy(sorted, insert, out, insert + 1, sorted.length - insert);
        return out;
    }

    private static int[] without(int[] sorted, int p) {
        int at = Arrays.binarySearch(sorted, p);
        if (at < 0) {
            return sorted;
        }
        int[] out = new int[sorted.length - 1];
        System.arraycopy(sorted, 0, out, 0, at);
        System.arraycopy(sorted, at + 1, out, at, sorted.length - at - 1);
        return out;
    }
}
