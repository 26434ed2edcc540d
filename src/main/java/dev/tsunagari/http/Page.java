package dev.tsunagari.http;

import java.util.List;
import java.util.function.Function;

/** A page of a list: {@code {"items": [...], "next": CURSOR|null}}. */
public record Page<T>(List<T> items, String next) {
    /**
     * Builds a page from up to {@code limit + 1} fetched rows: the extra row only says that more exist.
     */
    public static <T> Page<T> of(List<T> fetched, int limit, Function<T, String> key) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, limit);
        return new Page<>(List.copyOf(items), Params.encodeCursor(key.apply(items.get(limit - 1))));
    }
}
