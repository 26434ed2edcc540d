package dev.tsunagari.introductions;

import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads intermediaries' records for the finder's ranking ({@link ConnectorRecord#factor()}). The records count
 * declines, so they only ever enter a score and are never shown: a "no" stays private.
 */
public final class ConnectorRecords {
    private final Graph graph;
    private final Cypher records;

    public ConnectorRecords(Graph graph, CypherFiles cypher) {
        this.graph = graph;
        this.records = cypher.get("introductions/records");
    }

    /** The record of each of {@code ids}; {@link ConnectorRecord#NONE} for someone who never introduced. */
    public Map<String, ConnectorRecord> of(Collection<String> ids) {
        Map<String, ConnectorRecord> result = new HashMap<>();
        ids.forEach(id -> result.put(id, ConnectorRecord.NONE));
        graph.read(tx -> Graph.run(tx, records, Map.of("ids", List.copyOf(ids))).list()).forEach(row ->
                result.put(row.get("id").asString(), new ConnectorRecord(row.get("accepted").asInt(),
                        row.get("declined").asInt(), row.get("connected").asInt(), row.get("outcomes").asInt())));
        return result;
    }
}
