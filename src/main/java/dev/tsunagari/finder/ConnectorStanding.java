package dev.tsunagari.finder;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What the introductions feature knows about intermediaries, as the finder uses it: each one's record as an
 * introducer (a multiplier in [0.8, 1.2], 1.0 without a record) and who is busy (too many open asks). Wired in the
 * composition root, so the finder does not depend on how introductions are stored.
 */
public interface ConnectorStanding {
    ConnectorStanding NONE = new ConnectorStanding() {
        @Override
        public Map<String, Double> factors(Collection<String> people) {
            return Map.of();
        }

        @Override
        public Set<String> busy(Collection<String> people) {
            return Set.of();
        }
    };

    /** The record factor of each person who has one; absent means 1.0. */
    Map<String, Double> factors(Collection<String> people);

    Set<String> busy(Collection<String> people);
}
