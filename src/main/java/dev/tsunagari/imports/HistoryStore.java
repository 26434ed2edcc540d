package dev.tsunagari.imports;

import dev.tsunagari.records.IntroductionRecord;
import dev.tsunagari.records.InteractionRecord;
import dev.tsunagari.records.HistoryRows;
import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;

/**
 * Owns the Cypher that imports introductions and interactions: what is stored under the ids of a batch (in the
 * export's shape, so that "unchanged" means "would export the same") and the writes that restore them.
 */
final class HistoryStore {
    private final Cypher introductions;
    private final Cypher keys;
    private final Cypher writeIntroductions;
    private final Cypher interactions;
    private final Cypher writeInteractions;

    HistoryStore(CypherFiles files) {
        this.introductions = files.get("import/introductions_stored");
        this.keys = files.get("import/introductions_keys");
        this.writeIntroductions = files.get("import/introductions_write");
        this.interactions = files.get("import/interactions_stored");
        this.writeInteractions = files.get("import/interactions_write");
    }

    Map<String, IntroductionRecord> introductions(Graph graph, List<String> ids) {
        Map<String, IntroductionRecord> found = new HashMap<>();
        graph.read(tx -> Graph.run(tx, introductions, Map.of("ids", ids)).list(HistoryRows::introduction))
                .forEach(r -> found.put(r.id(), r));
        return found;
    }

    /** The introduction holding each of {@code idempotencyKeys}, where one does. */
    Map<String, String> keyHolders(Graph graph, List<String> idempotencyKeys) {
        Map<String, String> found = new HashMap<>();
        graph.read(tx -> Graph.run(tx, keys, Map.of("keys", idempotencyKeys)).list())
                .forEach(r -> found.put(r.get("key").asString(), r.get("id").asString()));
        return found;
    }

    Map<String, InteractionRecord> interactions(Graph graph, List<String> ids) {
        Map<String, InteractionRecord> found = new HashMap<>();
        graph.read(tx -> Graph.run(tx, interactions, Map.of("ids", ids)).list(HistoryRows::interaction))
                .forEach(r -> found.put(r.id(), r));
        return found;
    }

    /** Rows {id, requester, target, via, props, events}. */
    void writeIntroductions(TransactionContext tx, List<Map<String, Object>> rows) {
        Graph.run(tx, writeIntroductions, Map.of("rows", rows)).consume();
    }

    /** Rows {id, by, with, props}. */
    void writeInteractions(TransactionContext tx, List<Map<String, Object>> rows) {
        Graph.run(tx, writeInteractions, Map.of("rows", rows)).consume();
    }
}
