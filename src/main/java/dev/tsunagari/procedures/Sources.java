package dev.tsunagari.procedures;

import dev.tsunagari.tieindex.Indexes;
import dev.tsunagari.tieindex.LiveIndex;
import dev.tsunagari.tieindex.StoreGraph;
import dev.tsunagari.tiegraph.TieGraph;
import java.util.Optional;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;

/**
 * Which source a question walks: the live index when it is current, the store otherwise ({@code source: "auto"});
 * {@code "index"} or {@code "store"} ask for one (tests compare the two; "index" fails while it is not current).
 */
final class Sources {
    private Sources() {}

    static TieGraph choose(String source, GraphDatabaseService db, Transaction tx) {
        Optional<TieGraph> index = Indexes.of(db).flatMap(LiveIndex::current);
        return switch (source) {
            case "auto" -> index.orElseGet(() -> new StoreGraph(tx));
            case "store" -> new StoreGraph(tx);
            case "index" -> index.orElseThrow(() -> new IllegalStateException(
                    "the Tsunagari tie index is not current in this database (see tsunagari.index.status())"));
            default -> throw new IllegalArgumentException("option 'source' must be auto, index or store");
        };
    }
}
