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
import org.neo4j.driver.Value;

/**
 * "When you're stuck, ask ◯◯": who in the network reaches the most people of a kind within two usable hops,
 * and through how many independent routes ({@code routes}: the different people next to them through whom,
 * or in whom, they reach the kind; if one is away, the others still lead there). Most reached first, then most
 * routes, then by id. {@code sample} shows up to five of the people reached. One call to
 * {@code tsunagari.connectors} inside Neo4j, which leaves out the people the caller may not see.
 */
final class Connectors {
    private final Graph graph;
    private final Cypher connectors;

    Connectors(Graph graph, CypherFiles cypher) {
        this.graph = graph;
        this.connectors = cypher.get("relationships/connectors");
    }

    record Connector(PersonRef person, int reaches, int routes, List<String> sample) {}

    /**
     * Up to {@code limit} connectors from position {@code skip}; exactly one of the two kinds is given. Notes make
     * someone a person of the kind only when {@code caller} may read them.
     */
    List<Connector> of(Optional<String> luceneQuery, Optional<String> tag, UsableHop hop, int skip, int limit,
            Caller caller) {
        Map<String, Object> options = hop.params();
        options.put("caller", Visibility.parameters(caller));
        options.put("skip", skip);
        options.put("limit", limit);
        options.put("tags", tag.map(List::of).orElse(List.of()));
        Map<String, Object> params = new HashMap<>();
        params.put("kind", luceneQuery.orElse(null));
        params.put("options", options);
        return graph.read(tx -> Graph.run(tx, connectors, params).list(row -> new Connector(Refs.of(row.get("person")),
                row.get("reaches").asInt(), row.get("routes").asInt(), row.get("sample").asList(Value::asString))));
    }
}
