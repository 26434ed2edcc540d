package dev.tsunagari.relationships;

import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.introductions.PersonRef;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Value;

/**
 * The connector view of one person: how many people, and of which kinds (tags), they reach within one and
 * within two usable hops, and whom they are the only bridge for ({@link Bridges}). Kinds come most reached
 * first. The bridge list is capped at {@value #MAX_BRIDGED} names; {@code onlyBridgeForCount} is exact.
 */
final class Reach {
    static final int MAX_BRIDGED = 100;
    private final Graph graph;
    private final Cypher reach;
    private final Cypher neighbours;
    private final Cypher names;

    Reach(Graph graph, CypherFiles cypher) {
        this.graph = graph;
        this.reach = cypher.get("relationships/reach");
        this.neighbours = cypher.get("relationships/usable_neighbours");
        this.names = cypher.get("relationships/names");
    }

    record Kind(String kind, int withinOneHop, int withinTwoHops) {}

    record View(PersonRef person, int withinOneHop, int withinTwoHops, List<Kind> kinds, int onlyBridgeForCount,
            List<PersonRef> onlyBridgeFor) {}

    View of(PersonRef person, UsableHop hop) {
        Map<String, Object> params = hop.params();
        params.put("id", person.id());
        return graph.read(tx -> {
            Map<String, int[]> kinds = new TreeMap<>();
            int[] people = new int[2];
            Graph.run(tx, reach, params).list().forEach(row -> {
                boolean near = row.get("hops").asInt() == 1;
                people[0] += near ? 1 : 0;
                people[1]++;
                for (String tag : row.get("tags").asList(Value::asString)) {
                    int[] counts = kinds.computeIfAbsent(tag, k -> new int[2]);
                    counts[0] += near ? 1 : 0;
                    counts[1]++;
                }
            });
            List<Kind> ranked = kinds.entrySet().stream()
                    .map(e -> new Kind(e.getKey(), e.getValue()[0], e.getValue()[1]))
                    .sorted(Comparator.comparingInt(Kind::withinTwoHops).reversed()
                            .thenComparing(Comparator.comparingInt(Kind::withinOneHop).reversed())
                            .thenComparing(Kind::kind))
                    .toList();
            List<String> bridged = Bridges.onlyBridgeFor(person.id(), frontier -> {
                Map<String, Object> layer = hop.params();
                layer.put("frontier", List.copyOf(frontier));
                layer.put("center", person.id());
                return new HashSet<>(Graph.run(tx, neighbours, layer).list(r -> r.get("id").asString()));
            });
            List<PersonRef> shown = Graph.run(tx, names, Map.of("ids", bridged.stream().limit(MAX_BRIDGED).toList()))
                    .list(r -> new PersonRef(r.get("id").asString(), r.get("name").isNull() ? null : r.get("name").asString()));
            return new View(person, people[0], people[1], ranked, bridged.size(),
                    shown.stream().sorted(Comparator.comparing(PersonRef::id)).toList());
        });
    }
}
