package dev.tsunagari.relationships;

import dev.tsunagari.auth.Caller;
import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.introductions.PersonRef;
import dev.tsunagari.privacy.Visibility;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The connector view of one person: how many people, and of which kinds (tags), they reach within one and
 * within two usable hops, and whom they are the only bridge for. One call to {@code tsunagari.reach} inside Neo4j,
 * which leaves out the people the caller may not see. Kinds come most reached first. The bridge list is capped at
 * 100 names; {@code onlyBridgeForCount} is exact.
 */
final class Reach {
    private final Graph graph;
    private final Cypher reach;

    Reach(Graph graph, CypherFiles cypher) {
        this.graph = graph;
        this.reach = cypher.get("relationships/person_reach");
    }

    record Kind(String kind, int withinOneHop, int withinTwoHops) {}

    record View(PersonRef person, int withinOneHop, int withinTwoHops, List<Kind> kinds, int onlyBridgeForCount,
            List<PersonRef> onlyBridgeFor) {}

    /** The view of the person with this id, or empty when there is none the caller may see. */
    Optional<View> of(String id, UsableHop hop, Caller caller) {
        Map<String, Object> options = hop.params();
        options.put("caller", Visibility.parameters(caller));
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("options", options);
        return graph.read(tx -> Graph.run(tx, reach, params).list(row -> new View(Refs.of(row.get("person")),
                row.get("withinOneHop").asInt(), row.get("withinTwoHops").asInt(),
                row.get("kinds").asList(k -> new Kind(k.get("kind").asString(), k.get("withinOneHop").asInt(),
                        k.get("withinTwoHops").asInt())),
                row.get("onlyBridgeForCount").asInt(), row.get("onlyBridgeFor").asList(Refs::of)))
                .stream().findFirst());
    }
}
