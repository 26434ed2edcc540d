package dev.tsunagari.bench;

import dev.tsunagari.finder.HopFilter;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * PROFILE of what the service runs for one intermediaries request: the single {@code CALL tsunagari.intermediaries}
 * (cypher/finder/intermediaries.cypher) with the options an admin's {@code tag=} question passes, and the
 * procedure's index status at that moment. The procedure's own work (index walk, ranking, explanations, the few
 * store reads for names) is inside the one ProcedureCall operator.
 */
final class IntermediariesTrace {
    private final Graph graph;
    private final CypherFiles cypher;

    IntermediariesTrace(Graph graph, CypherFiles cypher) {
        this.graph = graph;
        this.cypher = cypher;
    }

    String trace(String from, String tag, int maxHops) {
        Map<String, Object> options = new HashMap<>(new HopFilter(0.0, false).parameters());
        options.put("tags", List.of(tag));
        options.put("maxHops", maxHops);
        options.put("limit", 1000);
        options.put("targetsLimit", 1000);
        options.put("today", LocalDate.now(ZoneOffset.UTC).toString());
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("options", options);
        String status = graph.read(tx -> tx.run("CALL tsunagari.index.status()").single().asMap().toString());
        return String.format(Locale.ROOT, "from %s, tag %s, maxHops %d; index %s%n%n", from, tag, maxHops, status)
                + PlanProfile.of(graph, cypher.get("finder/intermediaries"), params);
    }
}
