package dev.tsunagari.relationships;

import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.Page;
import dev.tsunagari.http.Params;
import java.util.List;
import java.util.Optional;

/**
 * Paging for lists ranked by a computed score, where no stored key gives a stable order to resume after: the
 * opaque cursor holds the position of the next item.
 */
final class Offset {
    private Offset() {}

    /** The position a cursor holds; 0 without one. */
    static int start(Optional<String> cursor) {
        return cursor.map(raw -> {
            try {
                int start = Integer.parseInt(raw);
                if (start >= 0) {
                    return start;
                }
            } catch (NumberFormatException e) {
                // falls through to the same answer as a negative position
            }
            throw ApiException.invalid("cursor", "is not a cursor this service issued");
        }).orElse(0);
    }

    /** One page of an already ranked list. */
    static <T> Page<T> page(List<T> ranked, int start, int limit) {
        if (start >= ranked.size()) {
            return new Page<>(List.of(), null);
        }
        int end = Math.min(ranked.size(), start + limit);
        return new Page<>(List.copyOf(ranked.subList(start, end)),
                end < ranked.size() ? Params.encodeCursor(Integer.toString(end)) : null);
    }

    /** The page after a query that fetched up to {@code limit + 1} rows from {@code start}. */
    static <T> Page<T> fetched(List<T> rows, int start, int limit) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        return new Page<>(List.copyOf(rows.subList(0, limit)), Params.encodeCursor(Integer.toString(start + limit)));
    }
}
