package dev.tsunagari.support;

import dev.tsunagari.tiegraph.Contexts;
import dev.tsunagari.tiegraph.TieGraph;
import dev.tsunagari.tiegraph.Ties;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

/**
 * A small tie graph held in plain lists, for tests of the traversal library that need no store: people by id,
 * ties added one at a time.
 */
public final class MemoryTieGraph implements TieGraph {
    private final List<String> ids = new ArrayList<>();
    private final Map<String, Integer> byId = new HashMap<>();
    private final List<List<Entry>> ties = new ArrayList<>();
    private final Set<String> fans = new HashSet<>();
    private final Map<Integer, List<String>> tags = new HashMap<>();

    private record Entry(int other, byte type, boolean outgoing, double strength, byte context, int since, int last) {}

    public MemoryTieGraph person(String id, String... personTags) {
        int p = byId.computeIfAbsent(id, k -> {
            ids.add(k);
            ties.add(new ArrayList<>());
            return ids.size() - 1;
        });
        tags.put(p, List.of(personTags));
        return this;
    }

    public MemoryTieGraph tie(String from, String to, String type, double strength, String context, LocalDate since,
            LocalDate lastContact) {
        if (!byId.containsKey(from)) {
            person(from);
        }
        if (!byId.containsKey(to)) {
            person(to);
        }
        int a = byId.get(from);
        int b = byId.get(to);
        byte t = Ties.typeCode(type);
        byte c = Contexts.code(context);
        int s = since == null ? Ties.NO_DATE : (int) since.toEpochDay();
        int l = lastContact == null ? Ties.NO_DATE : (int) lastContact.toEpochDay();
        ties.get(a).add(new Entry(b, t, true, strength, c, s, l));
        ties.get(b).add(new Entry(a, t, false, strength, c, s, l));
        return this;
    }

    public MemoryTieGraph fan(String fan, String of) {
        fans.add(fan + ">" + of);
        return this;
    }

    @Override
    public int person(String id) {
        return byId.getOrDefault(id, NONE);
    }

    @Override
    public String id(int p) {
        return ids.get(p);
    }

    @Override
    public long node(int p) {
        return p;
    }

    @Override
    public int personAt(long node) {
        return node >= 0 && node < byId.size() ? (int) node : NONE;
    }

    @Override
    public boolean isPrivate(int p) {
        return false;
    }

    @Override
    public String addedBy(int p) {
        return null;
    }

    @Override
    public Ties ties(int p) {
        List<Entry> sorted = new ArrayList<>(ties.get(p));
        sorted.sort(Comparator.comparingInt(Entry::other));
        int n = sorted.size();
        int[] o = new int[n];
        byte[] t = new byte[n];
        boolean[] out = new boolean[n];
        double[] s = new double[n];
        byte[] c = new byte[n];
        int[] si = new int[n];
        int[] l = new int[n];
        for (int k = 0; k < n; k++) {
            Entry e = sorted.get(k);
            o[k] = e.other();
            t[k] = e.type();
            out[k] = e.outgoing();
            s[k] = e.strength();
            c[k] = e.context();
            si[k] = e.since();
            l[k] = e.last();
        }
        return new Ties(o, t, out, s, c, si, l, 0, n);
    }

    @Override
    public boolean introduces(int p) {
        return false;
    }

    @Override
    public boolean isFanOf(int fan, int of) {
        return fans.contains(id(fan) + ">" + id(of));
    }

    @Override
    public int[] fansOf(int p) {
        return java.util.stream.IntStream.range(0, ids.size()).filter(f -> f != p && isFanOf(f, p)).toArray();
    }

    @Override
    public Carriers carriers(List<String> wanted) {
        int[] list = java.util.stream.IntStream.range(0, ids.size())
                .filter(p -> tags.getOrDefault(p, List.of()).containsAll(wanted)).toArray();
        Set<Integer> set = new HashSet<>();
        for (int p : list) {
            set.add(p);
        }
        return new Carriers() {
            @Override
            public boolean carries(int p) {
                return set.contains(p);
            }

            @Override
            public int count() {
                return list.length;
            }

            @Override
            public int[] list() {
                return list;
            }
        };
    }
}
