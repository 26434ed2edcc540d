package dev.tsunagari.paths;

import java.util.List;

/**
 * The answer of {@code GET /api/paths}: {@code length} hops of the shortest usable path (0 for one person with
 * themself, -1 when there is none within maxLength) and up to {@code limit} of the shortest paths, best first.
 */
public record PathsAnswer(int length, List<BridgePath> paths) {
    static PathsAnswer none() {
        return new PathsAnswer(-1, List.of());
    }
}
