package dev.tsunagari.tieindex;

import dev.tsunagari.tiegraph.Ties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The live index against a fresh build from the store, element by element: every person's fields, tags, ties (with
 * every field) and FAN_OF ties, every tag's carriers, and that each person's store node leads to them, compared by
 * id, so the two can differ in slot numbers and still be equal. Differences are described in words, at most
 * {@code max} of them.
 */
final class IndexCheck {
    private IndexCheck() {}

    static List<String> differences(IndexSnapshot live, IndexSnapshot fresh, int max) {
        List<String> out = new ArrayList<>();
        Map<String, Slot> a = live.alive();
        Map<String, Slot> b = fresh.alive();
        for (String id : new TreeSet<>(union(a.keySet(), b.keySet()))) {
            if (out.size() >= max) {
                return out;
            }
            Slot x = a.get(id);
            Slot y = b.get(id);
            if (x == null || y == null) {
                out.add(id + (x == null ? " is missing from the index" : " is in the index but not in the store"));
                continue;
            }
            compare(out, id, "fields", fields(live, x), fields(fresh, y));
            compare(out, id, "ties", ties(live, x), ties(fresh, y));
            compare(out, id, "fan of", names(live, x.fanOf()), names(fresh, y.fanOf()));
            compare(out, id, "fans", names(live, x.fans()), names(fresh, y.fans()));
            compare(out, id, "slot of its node", String.valueOf(live.personAt(x.node())),
                    String.valueOf(live.person(id)));
        }
        compare(out, "nodes", "with a slot", String.valueOf(live.nodeSlots().count()), String.valueOf(b.size()));
        Map<String, TreeSet<String>> ca = carriers(live);
        Map<String, TreeSet<String>> cb = carriers(fresh);
        for (String tag : new TreeSet<>(union(ca.keySet(), cb.keySet()))) {
            if (out.size() >= max) {
                break;
            }
            compare(out, "tag " + tag, "carriers", String.valueOf(ca.get(tag)), String.valueOf(cb.get(tag)));
        }
        return out;
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static void compare(List<String> out, String id, String what, String live, String fresh) {
        if (!live.equals(fresh)) {
            out.add(id + " " + what + ": index " + live + ", store " + fresh);
        }
    }

    private static String fields(IndexSnapshot s, Slot slot) {
        TreeSet<String> tags = new TreeSet<>();
        for (int t : slot.tags()) {
            tags.add(tagName(s, t));
        }
        return "node " + slot.node() + ", private " + slot.isPrivate() + ", addedBy " + slot.addedBy()
                + ", introduces " + slot.introduces() + ", tags " + tags;
    }

    private static String tagName(IndexSnapshot s, int number) {
        return s.dictionary().tagName(number);
    }

    private static String ties(IndexSnapshot s, Slot slot) {
        List<String> ties = new ArrayList<>();
        Ties t = slot.ties();
        for (int k = t.start; k < t.end; k++) {
            ties.add(name(s, t.other(k)) + "|" + Ties.typeName(t.type(k)) + "|" + (t.outgoing(k) ? "out" : "in") + "|"
                    + t.strength(k) + "|" + t.context(k) + "|" + t.since(k) + "|" + t.lastContact(k));
        }
        ties.sort(null);
        return ties.toString();
    }

    private static String names(IndexSnapshot s, int[] slots) {
        TreeSet<String> names = new TreeSet<>();
        for (int p : slots) {
            names.add(name(s, p));
        }
        return names.toString();
    }

    /** The id of the person in a slot; a tie to a slot that holds nobody is itself a difference, shown as such. */
    private static String name(IndexSnapshot s, int p) {
        Slot slot = s.slot(p);
        return slot == null ? "(nobody in slot " + p + ")" : slot.id();
    }

    private static Map<String, TreeSet<String>> carriers(IndexSnapshot s) {
        Map<String, TreeSet<String>> out = new TreeMap<>();
        int[][] all = s.carriersByTag();
        for (int n = 0; n < all.length; n++) {
            if (all[n] == null || all[n].length == 0) {
                continue;
            }
            TreeSet<String> ids = new TreeSet<>();
            for (int p : all[n]) {
                ids.add(s.id(p));
            }
            out.put(tagName(s, n), ids);
        }
        return out;
    }
}
