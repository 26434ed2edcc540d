package dev.tsunagari.tieindex;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * The live index of each running database, found by the procedures from the database they are called in. Keyed by
 * the database's directory, so that several Neo4j instances in one JVM (tests) never share an index.
 */
public final class Indexes {
    private static final Map<String, LiveIndex> BY_DATABASE = new ConcurrentHashMap<>();

    private Indexes() {}

    static void put(GraphDatabaseService db, LiveIndex index) {
        BY_DATABASE.put(key(db), index);
    }

    static void remove(GraphDatabaseService db) {
        BY_DATABASE.remove(key(db));
    }

    public static Optional<LiveIndex> of(GraphDatabaseService db) {
        return Optional.ofNullable(BY_DATABASE.get(key(db)));
    }

    /**
     * The database's own directory: what a procedure is handed is another object than what the extension is, and
     * several Neo4j instances in one JVM (tests) each have a database named neo4j.
     */
    private static String key(GraphDatabaseService db) {
        if (db instanceof GraphDatabaseAPI api) {
            return api.databaseLayout().databaseDirectory().toAbsolutePath().toString();
        }
        return db.databaseName();
    }
}
