package dev.tsunagari.finder;

import java.util.Map;

/**
 * What the introductions feature tells the finder about the intermediaries it shows: how to tell who is busy (too
 * many open asks), as the {@code busy} option of {@code tsunagari.intermediaries}, which marks them inside Neo4j;
 * their record as introducers enters the ranking there too. Wired in the composition root, so the finder does not
 * depend on how introductions are stored.
 */
public interface ConnectorStanding {
    ConnectorStanding NONE = Map::of;

    /** {@code now}, {@code windowStart} (RFC 3339) and {@code maxOpenAsks}; empty: nobody is marked busy. */
    Map<String, Object> busyOptions();
}
