package dev.tsunagari.tieindex;

import dev.tsunagari.tiegraph.TieGraph;
import dev.tsunagari.tiegraph.Ties;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One version of the live index, never changed once published: every question runs on the version it started
 * with, whatever commits meanwhile. People are slots (dense ints); the id → slot and tag → number dictionaries are
 * shared by all versions and only ever grow (a slot keeps its id for good), so a version checks that a slot is
 * alive in it.
 */
final class IndexSnapshot implements TieGraph {
    private final Dictionary dictionary;
    private final Chunks slots;
    private final NodeSlots nodeSlots;
    private final int size;
    /** Per tag number, the sorted slots of its carriers. */
    private final int[][] carriers;
    private final long lastTransaction;
    private final long bytes;
    private final long people;
    private final long tieEntries;
    private final long fanTies;

    IndexSnapshot(Dictionary dictionary, Chunks slots, NodeSlots nodeSlots, int size, int[][] carriers,
            long lastTransaction, long bytes, long people, long tieEntries, long fanTies) {
        this.dictionary = dictionary;
        this.slots = slots;
        this.nodeSlots = nodeSlots;
        this.size = size;
        this.carriers = carriers;
        this.lastTransaction = lastTransaction;
        this.bytes = bytes;
        this.people = people;
        this.tieEntries = tieEntries;
        this.fanTies = fanTies;
    }

    long people() {
        return people;
    }

    /** KNOWS and TRUSTS ties (each is an entry at both of its ends). */
    long ties() {
        return tieEntries / 2;
    }

    long tieEntries() {
        return tieEntries;
    }

    long fanTies() {
        return fanTies;
    }

    Chunks slots() {
        return slots;
    }

    int size() {
        return size;
    }

    NodeSlots nodeSlots() {
        return nodeSlots;
    }

    int[][] carriersByTag() {
        return carriers;
    }

    long lastTransaction() {
        return lastTransaction;
    }

    long bytes() {
        return bytes;
    }

    Dictionary dictionary() {
        return dictionary;
    }

    Slot slot(int p) {
        return p >= 0 && p < size ? slots.get(p) : null;
    }

    @Override
    public int person(String id) {
        int p = dictionary.slotOf(id);
        return slot(p) != null ? p : NONE;
    }

    @Override
    public int personAt(long node) {
        int p = nodeSlots.get(node);
        Slot s = slot(p);
        return s != null && s.node() == node ? p : NONE;
    }

    @Override
    public String id(int p) {
        return slots.get(p).id();
    }

    @Override
    public long node(int p) {
        return slots.get(p).node();
    }

    @Override
    public boolean isPrivate(int p) {
        return slots.get(p).isPrivate();
    }

    @Override
    public String addedBy(int p) {
        return slots.get(p).addedBy();
    }

    @Override
    public Ties ties(int p) {
        return slots.get(p).ties();
    }

    @Override
    public boolean introduces(int p) {
        return slots.get(p).introduces();
    }

    @Override
    public boolean isFanOf(int fan, int of) {
        return Arrays.binarySearch(slots.get(fan).fanOf(), of) >= 0;
    }

    @Override
    public int[] fansOf(int p) {
        return slots.get(p).fans();
    }

    @Override
    public Carriers carriers(List<String> tags) {
        int[] numbers = new int[tags.size()];
        for (int k = 0; k < numbers.length; k++) {
            numbers[k] = dictionary.tagOf(tags.get(k));
            if (numbers[k] < 0 || numbers[k] >= carriers.length || carriers[numbers[k]] == null) {
                return NOBODY;
            }
        }
        return new Carriers() {
            private int[] listed;

            @Override
            public boolean carries(int p) {
                int[] own = slots.get(p).tags();
                for (int tag : numbers) {
                    if (Arrays.binarySearch(own, tag) < 0) {
                        return false;
                    }
                }
                return true;
            }

            @Override
            public int count() {
                return numbers.length == 1 ? carriers[numbers[0]].length : list().length;
            }

            @Override
            public int[] list() {
                if (listed == null) {
                    listed = intersection(numbers);
                }
                return listed;
            }
        };
    }

    private int[] intersection(int[] numbers) {
        int[] smallest = carriers[numbers[0]];
        for (int tag : numbers) {
            if (carriers[tag].length < smallest.length) {
                smallest = carriers[tag];
            }
        }
        if (numbers.length == 1) {
            return smallest;
        }
        int[] out = new int[smallest.length];
        int n = 0;
        for (int p : smallest) {
            boolean all = true;
            for (int tag : numbers) {
                if (Arrays.binarySearch(carriers[tag], p) < 0) {
                    all = false;
                    break;
                }
            }
            if (all) {
                out[n++] = p;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static final Carriers NOBODY = new Carriers() {
        @Override
        public boolean carries(int p) {
            return false;
        }

        @Override
        public int count() {
            return 0;
        }

        @Override
        public int[] list() {
            return new int[0];
        }
    };

    /** The people alive in this version, for comparing with a fresh build. */
    Map<String, Slot> alive() {
        Map<String, Slot> alive = new java.util.HashMap<>();
        for (int p = 0; p < size; p++) {
            Slot s = slots.get(p);
            if (s != null) {
                alive.put(s.id(), s);
            }
        }
        return alive;
    }
}
