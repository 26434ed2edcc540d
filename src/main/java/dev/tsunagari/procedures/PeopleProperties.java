package dev.tsunagari.procedures;

import dev.tsunagari.tiegraph.TieGraph;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;

/** The few properties of a person an answer names them by, read from the store for the people it shows only. */
final class PeopleProperties {
    private static final String[] NO_TAGS = {};
    private final Transaction tx;
    private final TieGraph graph;

    PeopleProperties(Transaction tx, TieGraph graph) {
        this.tx = tx;
        this.graph = graph;
    }

    private Node node(int p) {
        return People.node(tx, graph, p);
    }

    /** {@code {id, name}}. */
    Map<String, Object> ref(int p) {
        Node node = node(p);
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("id", graph.id(p));
        ref.put("name", node == null ? null : node.getProperty("name", null));
        return ref;
    }

    /** The person's tags (kinds). */
    String[] tags(int p) {
        Node node = node(p);
        Object tags = node == null ? null : node.getProperty("tags", null);
        return tags instanceof String[] array ? array : NO_TAGS;
    }
}
