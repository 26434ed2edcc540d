package dev.tsunagari.graph;

/**
 * Told how long each named statement took, so that metrics can be kept per Cypher file without the graph
 * package knowing about any metrics library.
 */
@FunctionalInterface
public interface QueryTimer {
    /** Keeps nothing: the graph as tests and tools open it. */
    QueryTimer NONE = (query, nanos, failed) -> {};

    /** {@code query} is the file name (e.g. {@code people/get}); {@code failed} when the statement threw. */
    void record(String query, long nanos, boolean failed);
}
