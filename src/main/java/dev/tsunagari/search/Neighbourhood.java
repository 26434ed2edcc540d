package dev.tsunagari.search;

import dev.tsunagari.finder.HopFilter;
import dev.tsunagari.paths.HopTie;
import dev.tsunagari.paths.PersonRef;
import dev.tsunagari.paths.UsableHops;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.TransactionContext;

/**
 * Who stands within {@code maxDistance} usable hops of the asker: a breadth-first search, one batched query per
 * level. Each person placed also gets a {@code via}: the first hop of one of their shortest paths, the best one by
 * hop score from the asker (then id), i.e. whom to ask first. When the last level would start from a large
 * frontier (more than {@code fullExpandLimit} people), it is left {@link #open()}: the caller finds the matches next
 * to that frontier from the matches' side instead of listing everyone at that distance.
 */
final class Neighbourhood {
    private final Map<String, Integer> distance = new HashMap<>();
    private final Map<String, String> via = new HashMap<>();
    private final Map<String, PersonRef> firstHops = new HashMap<>();
    private Comparator<String> firstHopOrder = Comparator.naturalOrder();
    private List<String> open = List.of();
    private int openLevel;

    private Neighbourhood() {}

    static Neighbourhood nobody() {
        return new Neighbourhood();
    }

    static Neighbourhood around(TransactionContext tx, UsableHops hops, UsableHops.Origin start, int maxDistance,
            int fullExpandLimit, HopFilter filter, LocalDate today) {
        Neighbourhood near = new Neighbourhood();
        near.distance.put(start.node(), 0);
        near.rankFirstHops(tx, hops, start, filter, today);
        List<String> frontier = near.advance(Map.of(start.node(), start.neighbours()), 0);
        for (int level = 1; level < maxDistance && !frontier.isEmpty(); level++) {
            if (level == maxDistance - 1 && frontier.size() > fullExpandLimit) {
                near.open = frontier;
                near.openLevel = level;
                break;
            }
            frontier = near.advance(hops.expand(tx, frontier, filter), level);
        }
        return near;
    }

    /** Direct contacts by the score of the hop to them (best first), then id; their names are kept for showing. */
    private void rankFirstHops(TransactionContext tx, UsableHops hops, UsableHops.Origin start, HopFilter filter,
            LocalDate today) {
        Map<String, Double> score = new HashMap<>();
        List<List<String>> pairs = start.neighbours().stream().map(v -> List.of(start.node(), v)).toList();
        for (HopTie tie : hops.ties(tx, pairs, filter)) {
            score.merge(tie.v(), tie.score(today), Math::max);
            firstHops.put(tie.v(), tie.vPerson());
        }
        firstHopOrder = Comparator.<String>comparingDouble(n -> -score.getOrDefault(n, 0.0))
                .thenComparing(n -> firstHops.get(n).id());
    }

    private List<String> advance(Map<String, List<String>> found, int level) {
        List<String> next = new ArrayList<>();
        found.forEach((u, neighbours) -> {
            for (String v : neighbours) {
                if (distance.putIfAbsent(v, level + 1) == null) {
                    next.add(v);
                    via.put(v, level == 0 ? v : via.get(u));
                } else if (distance.get(v) == level + 1 && level > 0) {
                    via.put(v, better(via.get(v), via.get(u)));
                }
            }
        });
        return next;
    }

    private String better(String a, String b) {
        return firstHopOrder.compare(a, b) <= 0 ? a : b;
    }

    /** Places a person found next to the open frontier, one level beyond it, reached from {@code parents}. */
    void placeBeyondOpen(String node, List<String> parents) {
        distance.put(node, openLevel + 1);
        via.put(node, parents.stream().map(via::get).reduce(this::better).orElseThrow());
    }

    /** Element ids placed so far, the asker included. */
    Set<String> placed() {
        return distance.keySet();
    }

    /** The frontier left for the caller to meet from the matches' side; empty when the search went all the way. */
    List<String> open() {
        return open;
    }

    /** Hops from the asker, or null when not within the bound (or not searched). */
    Integer distance(String node) {
        Integer d = distance.get(node);
        return d == null || d == 0 ? null : d;
    }

    PersonRef via(String node) {
        String first = via.get(node);
        return first == null ? null : firstHops.get(first);
    }
}
