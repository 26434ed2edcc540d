package dev.tsunagari.relationships;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whom a person is the only bridge for. Take the person away from their part of the network: it falls into
 * pieces. The largest piece is "the rest of the network" (on a tie of sizes, the one holding the smallest id);
 * everyone in the other pieces can reach the rest only through this person. Linear in the size of the network.
 */
final class Bridges {
    private final Map<String, List<String>> neighbours = new HashMap<>();

    /** Builds the undirected graph of usable hops from id pairs. */
    Bridges(List<String[]> edges) {
        for (String[] edge : edges) {
            neighbours.computeIfAbsent(edge[0], k -> new ArrayList<>()).add(edge[1]);
            neighbours.computeIfAbsent(edge[1], k -> new ArrayList<>()).add(edge[0]);
        }
    }

    /** The people cut off from the rest of the network without {@code person}, sorted by id. */
    List<String> onlyBridgeFor(String person) {
        Set<String> seen = new HashSet<>();
        seen.add(person);
        List<List<String>> pieces = new ArrayList<>();
        for (String start : neighbours.getOrDefault(person, List.of())) {
            if (seen.add(start)) {
                pieces.add(piece(start, seen));
            }
        }
        if (pieces.size() < 2) {
            return List.of();
        }
        Comparator<List<String>> larger = Comparator.<List<String>>comparingInt(List::size).reversed()
                .thenComparing(piece -> piece.stream().min(String::compareTo).orElse(""));
        pieces.sort(larger);
        return pieces.subList(1, pieces.size()).stream().flatMap(List::stream).sorted().toList();
    }

    private List<String> piece(String start, Set<String> seen) {
        List<String> piece = new ArrayList<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            String current = queue.poll();
            piece.add(current);
            for (String next : neighbours.getOrDefault(current, List.of())) {
                if (seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return piece;
    }
}
