package dev.tsunagari.records;

import dev.tsunagari.graph.Timestamps;
import dev.tsunagari.http.ApiException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The createdAt and updatedAt of an imported record. Our own exports carry them, and keeping them as written is
 * what makes export → import → export identical; other files get the time of the import.
 */
public final class Stamps {
    private Stamps() {}

    /** The timestamps to store for a new record. */
    public record Pair(String createdAt, String updatedAt) {}

    public static Pair forNew(String createdAt, String updatedAt, String now) {
        String created = checked("createdAt", createdAt);
        String updated = checked("updatedAt", updatedAt);
        return new Pair(created != null ? created : now, updated != null ? updated : (created != null ? created : now));
    }

    /** Checks without storing, so that a bad timestamp rejects its record before anything is decided. */
    public static void check(String createdAt, String updatedAt) {
        checked("createdAt", createdAt);
        checked("updatedAt", updatedAt);
    }

    public static String now() {
        return Timestamps.now();
    }

    private static String checked(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            OffsetDateTime.parse(value);
            return value;
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(field, "must be an RFC 3339 timestamp like 2026-01-31T09:00:00.000Z");
        }
    }
}
