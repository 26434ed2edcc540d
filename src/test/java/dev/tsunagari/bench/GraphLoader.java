package dev.tsunagari.bench;

import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Loads a {@link CommunityGraph} straight into Neo4j in large UNWIND batches (one write transaction each), with the
 * same properties the API would store, so that the service reads it exactly as if it had been entered by hand.
 */
final class GraphLoader {
    private static final int PEOPLE_BATCH = 5_000;
    private static final int TIES_BATCH = 20_000;
    private final Graph graph;
    private final CypherFiles cypher;

    GraphLoader(Graph graph, CypherFiles cypher) {
        this.graph = graph;
        this.cypher = cypher;
    }

    /** People and ties already in the database (from the count store). */
    long[] size() {
        return graph.read(tx -> {
            var row = Graph.run(tx, cypher.get("bench/size"), Map.of()).single();
            return new long[] {row.get("people").asLong(), row.get("ties").asLong()};
        });
    }

    void load(CommunityGraph g) {
        String now = CommunityGraph.TODAY + "T09:00:00.000Z";
        graph.write(tx -> Graph.run(tx, cypher.get("bench/tags"), Map.of("names", g.kinds.all())).consume());
        batches(g.people, PEOPLE_BATCH, "bench/people", p -> person(p, now));
        batches(g.people, PEOPLE_BATCH, "bench/has_tag", p -> Map.of("id", p.id(), "tags", p.tags()));
        for (String type : List.of("KNOWS", "TRUSTS", "FAN_OF")) {
            List<CommunityGraph.Tie> ofType = g.ties.stream().filter(t -> t.type().equals(type)).toList();
            batches(ofType, TIES_BATCH, "bench/ties_" + type.toLowerCase(), t -> tie(t, now));
        }
    }

    private <T> void batches(List<T> items, int size, String statement, Function<T, Map<String, Object>> row) {
        for (int from = 0; from < items.size(); from += size) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (T item : items.subList(from, Math.min(items.size(), from + size))) {
                rows.add(row.apply(item));
            }
            graph.write(tx -> Graph.run(tx, cypher.get(statement), Map.of("rows", rows)).consume());
        }
    }

    private static Map<String, Object> person(CommunityGraph.Person p, String now) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", p.id());
        row.put("name", p.name());
        row.put("headline", p.headline());
        row.put("location", p.location());
        list(row, "tags", p.tags());
        list(row, "offers", p.offers());
        list(row, "seeks", p.seeks());
        row.put("createdAt", now);
        row.put("updatedAt", now);
        return row;
    }

    private static void list(Map<String, Object> row, String key, List<String> values) {
        if (!values.isEmpty()) {
            row.put(key, values);
            row.put(key + "Text", String.join("\n", values));
        }
    }

    private static Map<String, Object> tie(CommunityGraph.Tie t, String now) {
        Map<String, Object> row = new HashMap<>();
        row.put("from", t.from());
        row.put("to", t.to());
        row.put("strength", t.strength());
        row.put("context", t.context());
        row.put("since", t.since());
        row.put("lastContact", t.lastContact());
        row.put("createdAt", now);
        return row;
    }
}
