package dev.tsunagari.finder;

import java.util.Collection;
import java.util.Set;

/**
 * What the introductions feature tells the finder about the intermediaries it shows: who is busy (too many open
 * asks). Their record as introducers enters the ranking inside Neo4j ({@code tsunagari.intermediaries}). Wired in
 * the composition root, so the finder does not depend on how introductions are stored.
 */
public interface ConnectorStanding {
    ConnectorStanding NONE = people -> Set.of();

    Set<String> busy(Collection<String> people);
}
