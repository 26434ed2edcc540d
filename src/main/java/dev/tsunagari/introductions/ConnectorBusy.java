package dev.tsunagari.introductions;

import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.FieldError;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** 429: the intermediary already carries as many open asks as they should; says when one frees up. */
final class ConnectorBusy extends ApiException {
    private final long retryAfterSeconds;

    ConnectorBusy(String via, ConnectorLoad.Load load, long windowDays, Instant now) {
        super(429, "/problems/connector-busy", "Too many requests",
                via + " already has " + load.openAsks() + " open asks from the last " + windowDays
                        + " days (the limit is " + load.limit() + "); the next one frees up at " + load.freesAt() + ".",
                List.of(new FieldError("via", "busy until " + load.freesAt())));
        this.retryAfterSeconds = Math.max(1, Duration.between(now, Instant.parse(load.freesAt())).toSeconds());
    }

    /** For the {@code Retry-After} header. */
    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
