package dev.tsunagari.search;

import dev.tsunagari.finder.HopFilter;
import dev.tsunagari.paths.HopTie;
import dev.tsunagari.paths.PersonRef;
import dev.tsunagari.paths.UsableHops;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.TransactionContext;

/**
 * How far the people sought stand from one person, over usable hops, up to a bound: a breadth-first search from
 * that person, one batched query per level, that stops once every sought person is placed, and whose last level
 * only asks for hops into the people still sought. Each person reached also gets a {@code via}: the first hop of
 * one of their shortest paths, the best one by hop score (then id), i.e. whom to ask first.
 */
final class Neighbourhood {
    private final Map<String, Integer> distance = new HashMap<>();
    private final Map<String, String> via = new HashMap<>();
    private final Map<String, PersonRef> firstHops = new HashMap<>();

    private Neighbourhood() {}

    static Neighbourhood empty() {
        return new Neighbourhood();
    }

    static Neighbourhood around(TransactionContext tx, UsableHops hops, String start, int maxDistance,
            Set<String> sought, HopFilter filter, LocalDate today) {
        Neighbourhood near = new Neighbourhood();
        near.distance.put(start, 0);
        List<String> frontier = List.of(start);
        Comparator<String> firstHopOrder = null;
        for (int level = 0; level < maxDistance && !frontier.isEmpty(); level++) {
            Set<String> missing = new HashSet<>(sought);
            missing.removeAll(near.distance.keySet());
            if (missing.isEmpty()) {
                break;
            }
            boolean last = level == maxDistance - 1;
            Map<String, List<String>> found = last
                    ? hops.expandInto(tx, frontier, missing, filter)
                    : hops.expand(tx, frontier, filter);
            if (level == 0) {
                List<String> direct = found.getOrDefault(start, List.of());
                firstHopOrder = near.rankFirstHops(tx, hops, start, direct, filter, today);
            }
            frontier = near.advance(found, level, firstHopOrder);
        }
        return near;
    }

    /** Direct contacts by the score of the hop to them (best first), then id; names are kept for showing. */
    private Comparator<String> rankFirstHops(TransactionContext tx, UsableHops hops, String start, List<String> direct,
            HopFilter filter, LocalDate today) {
        Map<String, Double> score = new HashMap<>();
        List<List<String>> pairs = direct.stream().map(v -> List.of(start, v)).toList();
        for (HopTie tie : hops.ties(tx, pairs, filter)) {
            score.merge(tie.v(), tie.score(today), Math::max);
        }
        firstHops.putAll(hops.people(tx, direct));
        return Comparator.<String>comparingDouble(n -> -score.getOrDefault(n, 0.0))
                .thenComparing(n -> firstHops.get(n).id());
    }

    private List<String> advance(Map<String, List<String>> found, int level, Comparator<String> firstHopOrder) {
        List<String> next = new ArrayList<>();
        found.forEach((u, neighbours) -> {
            for (String v : neighbours) {
                Integer known = distance.putIfAbsent(v, level + 1);
                String candidate = level == 0 ? v : via.get(u);
                if (known == null) {
                    next.add(v);
                    via.put(v, candidate);
                } else if (known == level + 1 && firstHopOrder.compare(candidate, via.get(v)) < 0) {
                    via.put(v, candidate);
                }
            }
        });
        return next;
    }

    /** Hops from the start, or null when not within the bound (or not searched). */
    Integer distance(String node) {
        return distance.get(node);
    }

    PersonRef via(String node) {
        String first = via.get(node);
        return first == null ? null : firstHops.get(first);
    }
}
