package dev.tsunagari.paths;

import dev.tsunagari.finder.Link;
import dev.tsunagari.tiegraph.Scoring;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the best {@code limit} paths of a {@link ShortestPathGraph} without listing them all: layer by layer, each
 * person keeps only the best {@code limit} ways to reach them (a path's score is the product of its hop scores, so
 * a path that is not among the best to its middle cannot be among the best overall). Order: score, then the ids
 * along the path, so equal scores always come back in the same order.
 */
final class BestPaths {
    private static final Comparator<Partial> ORDER = Comparator.comparingDouble(Partial::score).reversed()
            .thenComparing(Partial::people, BestPaths::compareIds);

    private BestPaths() {}

    /** One hop as it counts: its score (fan bonus included on the last hop) and the tie that gives it. */
    record Hop(double score, HopTie tie) {}

    private record Partial(List<PersonRef> people, List<Hop> hops, double score) {
        Partial then(PersonRef person, Hop hop) {
            List<PersonRef> morePeople = new ArrayList<>(people);
            morePeople.add(person);
            List<Hop> moreHops = new ArrayList<>(hops);
            moreHops.add(hop);
            return new Partial(morePeople, moreHops, score * hop.score());
        }

        BridgePath asPath() {
            List<Link> links = hops.stream().map(hop -> hop.tie().link(hop.score())).toList();
            return new BridgePath(people, links, Scoring.round(score));
        }
    }

    static List<BridgePath> rank(ShortestPathGraph graph, List<HopTie> ties, Map<String, PersonRef> people,
            int limit, LocalDate today) {
        Map<List<String>, Hop> hops = strongest(ties, graph.end(), today);
        Map<String, List<Partial>> best = new HashMap<>();
        best.put(graph.start(), List.of(new Partial(List.of(people.get(graph.start())), List.of(), 1.0)));
        for (int i = 0; i < graph.length(); i++) {
            Map<String, List<Partial>> reached = new HashMap<>();
            for (String u : graph.layers().get(i)) {
                for (String v : graph.next().getOrDefault(u, Set.of())) {
                    Hop hop = hops.get(List.of(u, v));
                    if (hop == null) {
                        continue; // the tie went away between the search and this read; no path through it
                    }
                    for (Partial p : best.getOrDefault(u, List.of())) {
                        reached.computeIfAbsent(v, k -> new ArrayList<>()).add(p.then(people.get(v), hop));
                    }
                }
            }
            reached.forEach((v, candidates) -> best.put(v, top(candidates, limit)));
        }
        return best.getOrDefault(graph.end(), List.of()).stream().map(Partial::asPath).toList();
    }

    /** Per hop, the usable tie with the best score; the last hop gains the fan bonus when the end is a fan. */
    static Map<List<String>, Hop> strongest(List<HopTie> ties, String end, LocalDate today) {
        Map<List<String>, Hop> hops = new HashMap<>();
        for (HopTie tie : ties) {
            double score = tie.score(today);
            if (tie.v().equals(end) && tie.fan()) {
                score = Scoring.withFanBonus(score);
            }
            Hop candidate = new Hop(score, tie);
            hops.merge(List.of(tie.u(), tie.v()), candidate, BestPaths::better);
        }
        return hops;
    }

    private static Hop better(Hop a, Hop b) {
        if (a.score() != b.score()) {
            return a.score() > b.score() ? a : b;
        }
        String keyA = a.tie().type() + "|" + a.tie().from();
        String keyB = b.tie().type() + "|" + b.tie().from();
        return keyA.compareTo(keyB) <= 0 ? a : b;
    }

    private static List<Partial> top(List<Partial> candidates, int limit) {
        candidates.sort(ORDER);
        return List.copyOf(candidates.subList(0, Math.min(limit, candidates.size())));
    }

    private static int compareIds(List<PersonRef> a, List<PersonRef> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).id().compareTo(b.get(i).id());
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
