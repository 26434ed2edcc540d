package dev.tsunagari.finder;

import java.util.List;

/**
 * The answer of {@code GET /api/intermediaries}: the direct contacts who are targets, and whom to ask for the
 * others. {@code complete} is always true now (the finder has no work bound any more); it stays for clients
 * that read it.
 */
public record Answer(PersonSummary from, List<Direct> direct, List<Intermediary> intermediaries,
        int targetsFound, boolean complete) {

    /** A target one usable hop from {@code from}. */
    public record Direct(PersonSummary person, double score, Link link) {}

    /**
     * Someone to ask, with the targets they reach ({@code targetsReached} counts all, {@code targets} is capped).
     * {@code busy}: they already carry as many open asks as an introducer should (ask someone else first).
     */
    public record Intermediary(PersonSummary person, double score, boolean busy, int targetsReached,
            List<Target> targets) {}

    /** One target reached through an intermediary, with its best path through them. */
    public record Target(PersonSummary person, double score, int hops, List<PathNode> path, List<Link> links,
            Link weakestLink, String why) {}

    /** A person on a path. */
    public record PathNode(String id, String name) {}
}
