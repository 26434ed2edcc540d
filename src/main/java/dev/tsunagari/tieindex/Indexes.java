package dev.tsunagari.tieindex;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * The live index of each running database, found by the procedures from the database they are called in. Keyed by
 * the database object itself, so that several Neo4j instances in one JVM (tests) never share an index.
 */
public final class Indexes {
    private static final Map<GraphDatabaseService, LiveIndex> BY_DATABASE = new ConcurrentHashMap<>();

    private Indexes() {}

    static void put(GraphDatabaseService db, LiveIndex index) {
        BY_DATABASE.put(db, index);
    }

    static void remove(GraphDatabaseService db) {
        BY_DATABASE.remove(db);
    }

    public static Optional<LiveIndex> of(GraphDatabaseService db) {
        return Optional.ofNullable(BY_DATABASE.get(db));
    }
}
