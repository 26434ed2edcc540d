package dev.tsunagari.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A seeded synthetic community graph for the benchmark. People fall into communities of power-law sizes; each has a
 * Pareto "sociability" weight, and a tie joins two people drawn by weight, three times in four inside the first
 * one's community (so degrees are power-law-ish, with hubs of a few thousand ties, and the graph is clustered).
 * A small share of people live in islands of two to six, and some have no ties at all, so "no path" exists.
 * What each tie is like comes from {@link TieTraits}. The graph is streamed to a {@link Sink}, people first, never
 * held in memory: at a million people and ten million ties only the weights and the joined pairs are kept.
 */
final class CommunityGraph {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final double INSIDE_COMMUNITY = 0.75;

    /** One generated person. */
    record Person(String id, String name, List<String> tags, String headline, List<String> offers,
            List<String> seeks, String location) {}

    /** One generated tie; dates are ISO text or null. */
    record Tie(String from, String to, String type, double strength, String context, String since,
            String lastContact) {}

    /** Where the generated people and ties go, in that order. */
    interface Sink {
        void person(int index, Person person);

        void tie(int from, int to, Tie tie);
    }

    final int size;
    final Kinds kinds;
    /** People in the main pool (the rest are islands and loners), for choosing benchmark queries. */
    final int mainPool;
    final int islandsEnd;

    /** The shape of the graph a seed gives (who is in the main pool, the islands, alone), without generating it. */
    CommunityGraph(int size, long seed) {
        this.size = size;
        this.kinds = new Kinds(seed, 1.0);
        int loners = size / 200;
        int islanders = size / 50;
        this.mainPool = size - islanders - loners;
        this.islandsEnd = size - loners;
    }

    /** Generates the graph of this size and {@code seed} into {@code sink}; returns the number of ties. */
    long generate(double meanDegree, long seed, Sink sink) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < size; i++) {
            sink.person(i, person(i, random));
        }
        int[] communityStart = communities(random);
        double[] cumulative = new double[mainPool];
        double sum = 0;
        for (int i = 0; i < mainPool; i++) {
            sum += Sampling.pareto(2.1, random);
            cumulative[i] = sum;
        }
        long wanted = Math.round(size * meanDegree / 2.0);
        LongSet joined = new LongSet((int) Math.min(Integer.MAX_VALUE / 4, wanted));
        long ties = islands(random, joined, sink);
        while (ties < wanted) {
            int u = Sampling.index(cumulative, random);
            int v;
            if (random.nextDouble() < INSIDE_COMMUNITY) {
                int c = community(communityStart, u);
                v = Sampling.index(cumulative, communityStart[c], communityStart[c + 1], random);
            } else {
                v = Sampling.index(cumulative, random);
            }
            if (u != v && joined.add(key(u, v))) {
                sink.tie(u, v, tie(u, v, random));
                ties++;
            }
        }
        return ties;
    }

    private Person person(int i, SplittableRandom random) {
        boolean japanese = random.nextBoolean();
        String name = japanese
                ? Names.JA_FAMILY.get(random.nextInt(Names.JA_FAMILY.size())) + " "
                        + Names.JA_GIVEN.get(random.nextInt(Names.JA_GIVEN.size())) + " #" + i
                : Names.EN_GIVEN.get(random.nextInt(Names.EN_GIVEN.size())) + " "
                        + Names.EN_FAMILY.get(random.nextInt(Names.EN_FAMILY.size())) + " #" + i;
        Set<String> tags = new LinkedHashSet<>();
        int count = 1 + Math.min(4, (int) Math.floor(Math.log(1 - random.nextDouble()) / Math.log(0.55)));
        while (tags.size() < count) {
            tags.add(kinds.draw(random));
        }
        List<String> tagList = List.copyOf(tags);
        return new Person(id(i), name, tagList, tagList.get(0),
                tagList.size() > 1 ? List.of(tagList.get(1)) : List.of(), List.of(kinds.draw(random)),
                Names.TOWNS.get(random.nextInt(Names.TOWNS.size())));
    }

    /** Start index of each community in the main pool, plus a final end marker. */
    private int[] communities(SplittableRandom random) {
        List<Integer> starts = new ArrayList<>();
        int at = 0;
        while (at < mainPool) {
            starts.add(at);
            at += (int) Math.min(3000, Math.round(30 * Sampling.pareto(1.5, random)));
        }
        starts.add(mainPool);
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int community(int[] starts, int person) {
        int lo = 0;
        int hi = starts.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= person) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Groups of two to six people tied only among themselves. */
    private long islands(SplittableRandom random, LongSet joined, Sink sink) {
        long ties = 0;
        int at = mainPool;
        while (at < islandsEnd) {
            int end = Math.min(islandsEnd, at + 2 + random.nextInt(5));
            for (int i = at + 1; i < end; i++) {
                int other = at + random.nextInt(i - at);
                joined.add(key(i, other));
                sink.tie(i, other, tie(i, other, random));
                ties++;
            }
            at = end;
        }
        return ties;
    }

    private Tie tie(int u, int v, SplittableRandom random) {
        return TieTraits.draw(id(u), id(v), TODAY, random);
    }

    static String id(int i) {
        String digits = Integer.toString(i);
        return digits.length() >= 6 ? "p" + digits : "p" + "000000".substring(digits.length()) + digits;
    }

    static int index(String id) {
        return Integer.parseInt(id.substring(1));
    }

    private static long key(int u, int v) {
        return (long) Math.min(u, v) << 32 | Math.max(u, v);
    }
}
