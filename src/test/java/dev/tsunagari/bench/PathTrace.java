package dev.tsunagari.bench;

import dev.tsunagari.finder.HopFilter;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * PROFILE of what the service runs for one paths request: the single {@code CALL tsunagari.paths}
 * (cypher/finder/paths.cypher) with the options an admin's question passes, and the index status at that moment.
 * The procedure's own work (the bidirectional search on the index, the ranking, the store reads for the nodes and
 * relationships of the paths shown) is inside the one ProcedureCall operator.
 */
final class PathTrace {
    private final Graph graph;
    private final CypherFiles cypher;

    PathTrace(Graph graph, CypherFiles cypher) {
        this.graph = graph;
        this.cypher = cypher;
    }

    String trace(String from, String to, int maxLength, HopFilter filter) {
        Map<String, Object> options = new HashMap<>(filter.parameters());
        options.put("maxLength", maxLength);
        options.put("limit", 5);
        options.put("today", LocalDate.now(ZoneOffset.UTC).toString());
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("to", to);
        params.put("options", options);
        String status = graph.read(tx -> tx.run("CALL tsunagari.index.status()").single().asMap().toString());
        return String.format(Locale.ROOT, "%s → %s, maxLength %d; index %s%n%n", from, to, maxLength, status)
                + PlanProfile.of(graph, cypher.get("finder/paths"), params);
    }
}
