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
