package dev.tsunagari.tiegraph;

import org.eclipse.collections.impl.set.mutable.primitive.IntHashSet;

/** The people a question looks for: carriers of tags (counted without listing), or a listed set (a full-text kind). */
public interface Targets {
    boolean contains(int p);

    /** How many there are (the asker included, if the asker is one). */
    int count();

    int[] list();

    static Targets of(TieGraph.Carriers carriers) {
        return new Targets() {
            @Override
            public boolean contains(int p) {
                return carriers.carries(p);
            }

            @Override
            public int count() {
                return carriers.count();
            }

            @Override
            public int[] list() {
                return carriers.list();
            }
        };
    }

    /**
     * The same people, tested against a bit per person (one question tests the same people many times): for many
     * targets, when their numbers are known up front (every source lists all of a set's people).
     */
    static Targets marked(Targets targets) {
        if (targets.count() < 64) {
            return targets;
        }
        int[] list = targets.list();
        java.util.BitSet bits = new java.util.BitSet();
        for (int p : list) {
            bits.set(p);
        }
        return new Targets() {
            @Override
            public boolean contains(int p) {
                return p >= 0 && bits.get(p);
            }

            @Override
            public int count() {
                return targets.count();
            }

            @Override
            public int[] list() {
                return list;
            }
        };
    }

    static Targets listed(int[] people) {
        IntHashSet set = IntHashSet.newSetWith(people);
        int[] distinct = set.toSortedArray();
        return new Targets() {
            @Override
            public boolean contains(int p) {
                return set.contains(p);
            }

            @Override
            public int count() {
                return distinct.length;
            }

            @Override
            public int[] list() {
                return distinct;
            }
        };
    }
}
