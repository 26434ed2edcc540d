package dev.tsunagari.tieindex;

import dev.tsunagari.tiegraph.Ties;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;

/**
 * Builds the index from the store in three steps: every person (one pass over the Person label), every tie read
 * once from its start node (in parallel, one read transaction per worker), then compressed adjacency arrays (CSR)
 * in which each person's ties are a sorted slice.
 */
final class IndexBuilder {
    private static final byte FAN = 2;

    private IndexBuilder() {}

    /** One worker's ties: start slot, end slot, type (KNOWS, TRUSTS or FAN), and the tie's fields. */
    private static final class Edges {
        int[] start = new int[1024];
        int[] end = new int[1024];
        byte[] type = new byte[1024];
        double[] strength = new double[1024];
        byte[] context = new byte[1024];
        int[] since = new int[1024];
        int[] last = new int[1024];
        int size;

        void add(int s, int e, byte t, double st, byte c, int si, int l) {
            if (size == start.length) {
                int n = size * 2;
                start = Arrays.copyOf(start, n);
                end = Arrays.copyOf(end, n);
                type = Arrays.copyOf(type, n);
                strength = Arrays.copyOf(strength, n);
                context = Arrays.copyOf(context, n);
                since = Arrays.copyOf(since, n);
                last = Arrays.copyOf(last, n);
            }
            start[size] = s;
            end[size] = e;
            type[size] = t;
            strength[size] = st;
            context[size] = c;
            since[size] = si;
            last[size] = l;
            size++;
        }
    }

    @SuppressWarnings("deprecation")
    static IndexSnapshot build(GraphDatabaseService db, Dictionary dictionary, LongIntHashMap slotOfNode, long asOf,
            Object writer) {
        List<Store.PersonFields> fields = new ArrayList<>();
        List<Long> nodeIds = new ArrayList<>();
        LongIntHashMap slots = new LongIntHashMap();
        try (Transaction tx = db.beginTx(); ResourceIterator<Node> people = tx.findNodes(Store.PERSON)) {
            while (people.hasNext()) {
                Node node = people.next();
                Store.PersonFields f = Store.person(node);
                if (f != null) {
                    fields.add(f);
                    nodeIds.add(node.getId());
                }
            }
        }
        int[] slotOf = new int[fields.size()];
        synchronized (writer) {
            slotOfNode.clear();
            for (int k = 0; k < slotOf.length; k++) {
                slotOf[k] = dictionary.slotFor(fields.get(k).id());
                slotOfNode.put(nodeIds.get(k), slotOf[k]);
            }
            slots.putAll(slotOfNode);
        }
        NodeSlots nodeSlots = NodeSlots.of(slots);
        int size = dictionary.slotCount();

        List<Edges> parts = readTies(db, nodeIds, slotOf, slots);

        int[] degree = new int[size + 1];
        int[] fans = new int[size + 1];
        int[] fansIn = new int[size + 1];
        for (Edges e : parts) {
            for (int k = 0; k < e.size; k++) {
                if (e.type[k] == FAN) {
                    fans[e.start[k]]++;
                    fansIn[e.end[k]]++;
                } else {
                    degree[e.start[k]]++;
                    degree[e.end[k]]++;
                }
            }
        }
        int[] offset = new int[size + 1];
        for (int p = 0; p < size; p++) {
            offset[p + 1] = offset[p] + degree[p];
        }
        int total = offset[size];
        int[] other = new int[total];
        byte[] type = new byte[total];
        boolean[] outgoing = new boolean[total];
        double[] strength = new double[total];
        byte[] context = new byte[total];
        int[] since = new int[total];
        int[] last = new int[total];
        int[] fill = Arrays.copyOf(offset, size);
        int[][] fanOf = new int[size][];
        int[] fanFill = new int[size];
        int[][] fansOf = new int[size][];
        int[] fansFill = new int[size];
        for (int p = 0; p < size; p++) {
            fanOf[p] = new int[fans[p]];
            fansOf[p] = new int[fansIn[p]];
        }
        long fanTies = 0;
        for (Edges e : parts) {
            for (int k = 0; k < e.size; k++) {
                int s = e.start[k];
                int t = e.end[k];
                if (e.type[k] == FAN) {
                    fanOf[s][fanFill[s]++] = t;
                    fansOf[t][fansFill[t]++] = s;
                    fanTies++;
                    continue;
                }
                for (int side = 0; side < 2; side++) {
                    int at = side == 0 ? fill[s]++ : fill[t]++;
                    other[at] = side == 0 ? t : s;
                    outgoing[at] = side == 0;
                    type[at] = e.type[k];
                    strength[at] = e.strength[k];
                    context[at] = e.context[k];
                    since[at] = e.since[k];
                    last[at] = e.last[k];
                }
            }
        }
        sortSlices(offset, size, other, type, outgoing, strength, context, since, last);

        Slot[] built = new Slot[size];
        List<int[]> tagsOf = new ArrayList<>(fields.size());
        synchronized (writer) {
            for (Store.PersonFields f : fields) {
                int[] numbers = new int[f.tags().length];
                for (int k = 0; k < numbers.length; k++) {
                    numbers[k] = dictionary.tagFor(f.tags()[k]);
                }
                Arrays.sort(numbers);
                tagsOf.add(numbers);
            }
        }
        int tags = dictionary.tagCount();
        int[] tagCount = new int[tags];
        for (int[] numbers : tagsOf) {
            for (int n : numbers) {
                tagCount[n]++;
            }
        }
        int[][] carriers = new int[tags][];
        for (int n = 0; n < tags; n++) {
            carriers[n] = new int[tagCount[n]];
        }
        int[] tagFill = new int[tags];
        long bytes = (long) total * (4 + 1 + 1 + 8 + 1 + 4 + 4) + 16L * size;
        // Carrier lists are sorted below, so people can be taken in any order.
        for (int k = 0; k < fields.size(); k++) {
            Store.PersonFields f = fields.get(k);
            int p = slotOf[k];
            Slot slot = new Slot(f.id(), nodeIds.get(k), f.isPrivate(), f.addedBy(), f.introduces(), tagsOf.get(k),
                    new Ties(other, type, outgoing, strength, context, since, last, offset[p], offset[p + 1]),
                    SliceSort.distinct(fanOf[p]), SliceSort.distinct(fansOf[p]));
            built[p] = slot;
            bytes += slot.bytes(false);
            for (int n : tagsOf.get(k)) {
                carriers[n][tagFill[n]++] = p;
            }
        }
        for (int[] c : carriers) {
            Arrays.sort(c);
            bytes += 16 + 4L * c.length;
        }
        Chunks chunks = Chunks.of(built);
        bytes += chunks.bytes() + nodeSlots.bytes();
        return new IndexSnapshot(dictionary, chunks, nodeSlots, size, carriers, asOf, bytes, fields.size(), total,
                fanTies);
    }

    @SuppressWarnings("deprecation")
    private static List<Edges> readTies(GraphDatabaseService db, List<Long> nodeIds, int[] slotOf,
            LongIntHashMap slots) {
        int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 8));
        int n = nodeIds.size();
        int chunk = Math.max(1, (n + workers - 1) / workers);
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "tsunagari-index-build");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Edges>> futures = new ArrayList<>();
            for (int from = 0; from < n; from += chunk) {
                int lo = from;
                int hi = Math.min(n, from + chunk);
                futures.add(pool.submit(() -> {
                    Edges edges = new Edges();
                    try (Transaction tx = db.beginTx()) {
                        for (int k = lo; k < hi; k++) {
                            Node node = tx.getNodeById(nodeIds.get(k));
                            int s = slotOf[k];
                            for (Relationship r : node.getRelationships(Direction.OUTGOING, Store.KNOWS, Store.TRUSTS,
                                    Store.FAN_OF)) {
                                long end = r.getEndNodeId();
                                int t = slots.getIfAbsent(end, -1);
                                if (t < 0 || t == s) {
                                    continue;
                                }
                                if (r.isType(Store.FAN_OF)) {
                                    edges.add(s, t, FAN, 0, (byte) 0, 0, 0);
                                } else {
                                    edges.add(s, t, Store.type(r), Store.strength(r), Store.context(r),
                                            Store.day(r, "since"), Store.day(r, "lastContact"));
                                }
                            }
                        }
                    }
                    return edges;
                }));
            }
            List<Edges> parts = new ArrayList<>();
            for (Future<Edges> f : futures) {
                parts.add(f.get());
            }
            return parts;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the tie index", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not build the tie index", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sorts each person's slice as {@link SliceSort} does. */
    private static void sortSlices(int[] offset, int size, int[] other, byte[] type, boolean[] outgoing,
            double[] strength, byte[] context, int[] since, int[] last) {
        SliceSort sort = new SliceSort();
        for (int p = 0; p < size; p++) {
            sort.sort(offset[p], offset[p + 1] - offset[p], other, type, outgoing, strength, context, since, last);
        }
    }
}
