package dev.tsunagari.procedures;

import dev.tsunagari.tiegraph.TieGraph;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.NotFoundException;
import org.neo4j.graphdb.Transaction;

/** What an answer shows of a person beside a score or on a path, read from the store for the people shown only. */
final class People {
    private static final Label PERSON = Label.label("Person");
    private static final List<String> OPTIONAL = List.of("kana", "headline", "organization");

    private People() {}

    /**
     * The store's node of person {@code p} in this transaction; null when it is gone. The node id is the one the tie
     * graph knew: a deleted person's id can be reused by another node, so the node must still be that person.
     */
    @SuppressWarnings("deprecation")
    static Node node(Transaction tx, TieGraph graph, int p) {
        try {
            Node node = tx.getNodeById(graph.node(p));
            return node.hasLabel(PERSON) && graph.id(p).equals(node.getProperty("id", null)) ? node : null;
        } catch (NotFoundException gone) {
            return null;
        }
    }

    static Map<Integer, Map<String, Object>> summaries(Transaction tx, TieGraph graph, Set<Integer> people) {
        Map<Integer, Map<String, Object>> out = new HashMap<>();
        for (int p : people) {
            Node node = node(tx, graph, p);
            if (node == null) {
                continue;
            }
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("id", graph.id(p));
            summary.put("name", node.getProperty("name", null));
            for (String key : OPTIONAL) {
                Object value = node.getProperty(key, null);
                if (value != null) {
                    summary.put(key, value);
                }
            }
            Object tags = node.getProperty("tags", null);
            summary.put("tags", tags instanceof String[] array ? List.of(array) : List.of());
            out.put(p, summary);
        }
        return out;
    }
}
