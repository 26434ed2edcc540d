package dev.tsunagari.graph;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Server-set timestamps: RFC 3339 in UTC with milliseconds, so that text order is time order. */
public final class Timestamps {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

    private Timestamps() {}

    public static String now() {
        return FORMAT.format(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));
    }

    /** The same format for an instant read from an injected clock, so tests can move time. */
    public static String format(Instant instant) {
        return FORMAT.format(instant.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));
    }
}
