package dev.tsunagari.imports;

import dev.tsunagari.ties.TieRules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The stored properties of a tie, and what counts as the same tie when a file is imported again. */
final class TieProps {
    private static final List<String> CONTENT = List.of("strength", "context", "since", "lastContact", "note",
            "interactionCount", "introducedBy", "introduction", "addedBy");

    private TieProps() {}

    static Map<String, Object> of(TieRules.Checked tie, String createdAt, String updatedAt) {
        Map<String, Object> props = new HashMap<>();
        props.put("strength", tie.strength());
        putIfPresent(props, "context", tie.context());
        putIfPresent(props, "since", tie.since());
        putIfPresent(props, "lastContact", tie.lastContact());
        putIfPresent(props, "note", tie.note());
        props.put("createdAt", createdAt);
        props.put("updatedAt", updatedAt);
        return props;
    }

    /** Same content, timestamps aside (dates come back from the graph as the same LocalDate values). */
    static boolean sameContent(Map<String, Object> stored, Map<String, Object> incoming) {
        return CONTENT.stream().allMatch(key -> Objects.equals(number(stored.get(key)), number(incoming.get(key))));
    }

    private static Object number(Object value) {
        return value instanceof Number n ? n.doubleValue() : value;
    }

    private static void putIfPresent(Map<String, Object> props, String key, Object value) {
        if (value != null) {
            props.put(key, value);
        }
    }
}
