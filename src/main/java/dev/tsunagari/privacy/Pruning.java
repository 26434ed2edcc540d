package dev.tsunagari.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.tsunagari.http.Ids;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Leaves out, in place, every list entry of an answer that names a hidden person (see
 * {@link Visibility#pruned}). Working on the JSON tree keeps one rule for every view's shape instead of one
 * filter per record type.
 */
final class Pruning {
    private Pruning() {}

    /** Every text in the answer that could be a person id, to ask about them all in one query. */
    static Set<String> ids(JsonNode tree) {
        Set<String> ids = new HashSet<>();
        collectIds(tree, ids);
        return ids;
    }

    private static void collectIds(JsonNode node, Set<String> ids) {
        if (node.isTextual() && Ids.valid(node.asText())) {
            ids.add(node.asText());
        }
        node.forEach(child -> collectIds(child, ids));
    }

    static void prune(JsonNode node, Set<String> hidden) {
        if (node instanceof ArrayNode array) {
            for (Iterator<JsonNode> it = array.iterator(); it.hasNext(); ) {
                if (names(it.next(), hidden)) {
                    it.remove();
                }
            }
        }
        node.forEach(child -> prune(child, hidden));
    }

    private static boolean names(JsonNode entry, Set<String> hidden) {
        if (entry.isTextual()) {
            return hidden.contains(entry.asText());
        }
        for (String field : List.of("id", "from", "to")) {
            if (entry.path(field).isTextual() && hidden.contains(entry.path(field).asText())) {
                return true;
            }
        }
        for (JsonNode child : entry) {
            if (child.isObject() && hidden.contains(child.path("id").asText(""))) {
                return true;
            }
        }
        return false;
    }
}
