package dev.tsunagari.tiegraph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whom a person is the only bridge for. Take the person away from their part of the network: it falls into
 * pieces. The largest piece is "the rest of the network" (on a tie of sizes, the one holding the smallest id);
 * everyone in the other pieces can reach the rest only through this person.
 *
 * <p>It explores lazily rather than loading the network: a search grows from each of the person's neighbours,
 * always the smallest first, one layer at a time; searches that meet merge into one piece. It stops as soon as
 * one unfinished piece is larger than every finished one: that piece is the rest, so the small pieces cut off
 * are found without walking the large one to its end.
 */
public final class Bridges {
    /** The usable neighbours of a set of people, never including the person being taken away. */
    public interface Neighbours {
        Set<String> of(Collection<String> frontier);
    }

    private Bridges() {}

    /** One search: the people it has reached and the layer it grows next. */
    private static final class Piece {
        final Set<String> members = new HashSet<>();
        Set<String> frontier = new HashSet<>();
        final String first;

        Piece(String start) {
            first = start;
            members.add(start);
            frontier.add(start);
        }

        boolean finished() {
            return frontier.isEmpty();
        }
    }

    /** The people cut off from the rest of the network without {@code person}, sorted by id. */
    public static List<String> onlyBridgeFor(String person, Neighbours neighbours) {
        Map<String, Piece> owner = new HashMap<>();
        List<Piece> pieces = new ArrayList<>();
        for (String start : new TreeSet<>(neighbours.of(List.of(person)))) {
            Piece piece = new Piece(start);
            pieces.add(piece);
            owner.put(start, piece);
        }
        Comparator<Piece> smallerFirst = Comparator.<Piece>comparingInt(p -> p.members.size()).thenComparing(p -> p.first);
        while (true) {
            List<Piece> open = pieces.stream().filter(p -> !p.finished()).sorted(smallerFirst).toList();
            int largestFinished = pieces.stream().filter(Piece::finished).mapToInt(p -> p.members.size()).max().orElse(0);
            if (open.isEmpty() || (open.size() == 1 && open.get(0).members.size() > largestFinished)) {
                break;
            }
            Piece growing = open.get(0);
            Set<String> layer = neighbours.of(growing.frontier);
            growing.frontier = new HashSet<>();
            for (String next : layer) {
                Piece other = owner.get(next);
                if (other == null) {
                    growing.members.add(next);
                    growing.frontier.add(next);
                    owner.put(next, growing);
                } else if (other != growing) {
                    growing.members.addAll(other.members);
                    growing.frontier.addAll(other.frontier);
                    other.members.forEach(id -> owner.put(id, growing));
                    pieces.remove(other);
                }
            }
        }
        if (pieces.size() < 2) {
            return List.of();
        }
        Piece rest = pieces.stream().max(Comparator.<Piece>comparingInt(p -> p.members.size())
                .thenComparing(p -> p.members.stream().min(String::compareTo).orElse(""), Comparator.reverseOrder())).orElseThrow();
        return pieces.stream().filter(p -> p != rest).flatMap(p -> p.members.stream()).sorted().toList();
    }
}
