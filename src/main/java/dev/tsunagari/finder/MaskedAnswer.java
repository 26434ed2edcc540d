package dev.tsunagari.finder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tsunagari.auth.Caller;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.Json;
import dev.tsunagari.privacy.Visibility;
import java.util.HashSet;
import java.util.Set;

/**
 * The finder's answer as one caller may see it. A private person the caller may not see is never named: as a
 * target they stay in the answer masked, {@code {"masked": true, "tags": [...], "reachableThrough": {"id": ...}}}
 * (the person to ask), so a route can still be asked for while the identity stays hidden; as an intermediary,
 * or inside the path to a visible target, their entry is left out.
 */
final class MaskedAnswer {
    private final Visibility visibility;

    MaskedAnswer(Visibility visibility) {
        this.visibility = visibility;
    }

    JsonNode of(Answer answer, Caller caller) {
        ObjectNode tree = Json.MAPPER.valueToTree(answer);
        Set<String> hidden = visibility.hidden(caller, ids(tree));
        if (hidden.isEmpty()) {
            return tree;
        }
        String from = tree.path("from").path("id").asText();
        if (hidden.contains(from)) {
            throw ApiException.notFound("No person with id " + from);
        }
        ArrayNode direct = Json.MAPPER.createArrayNode();
        for (JsonNode d : tree.withArray("direct")) {
            direct.add(hidden.contains(id(d)) ? masked(d, from) : d);
        }
        tree.set("direct", direct);
        ArrayNode intermediaries = Json.MAPPER.createArrayNode();
        for (JsonNode i : tree.withArray("intermediaries")) {
            if (hidden.contains(id(i))) {
                continue;
            }
            ArrayNode targets = Json.MAPPER.createArrayNode();
            for (JsonNode t : i.path("targets")) {
                if (hidden.contains(id(t))) {
                    targets.add(masked(t, id(i)));
                } else if (!onPath(t, hidden)) {
                    targets.add(t);
                }
            }
            ((ObjectNode) i).set("targets", targets);
            intermediaries.add(i);
        }
        tree.set("intermediaries", intermediaries);
        return tree;
    }

    private static ObjectNode masked(JsonNode entry, String through) {
        ObjectNode masked = Json.MAPPER.createObjectNode().put("masked", true);
        masked.set("tags", entry.path("person").path("tags").deepCopy());
        masked.putObject("reachableThrough").put("id", through);
        return masked;
    }

    private static boolean onPath(JsonNode target, Set<String> hidden) {
        for (JsonNode node : target.path("path")) {
            if (hidden.contains(node.path("id").asText())) {
                return true;
            }
        }
        return false;
    }

    private static String id(JsonNode entry) {
        return entry.path("person").path("id").asText();
    }

    /** Every person id the answer names, to ask about them all in one query. */
    private static Set<String> ids(ObjectNode tree) {
        Set<String> ids = new HashSet<>();
        tree.findValues("id").forEach(v -> ids.add(v.asText()));
        return ids;
    }
}
