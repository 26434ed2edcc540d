package dev.tsunagari.search;

import dev.tsunagari.auth.Caller;
import dev.tsunagari.finder.HopFilter;
import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.people.PeopleRepository;
import dev.tsunagari.people.Person;
import dev.tsunagari.privacy.Visibility;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Owns the Cypher of the 脳内検索's full-text side. Each statement passes over the matches inside the database and
 * sends back only what the answer needs: the near ones, those next to a frontier, or one page of the rest.
 */
final class KindIndex {
    private final Cypher near;
    private final Cypher adjacent;
    private final Cypher far;
    private final Cypher people;

    KindIndex(CypherFiles files) {
        this.near = files.get("finder/search_near");
        this.adjacent = files.get("finder/search_adjacent");
        this.far = files.get("finder/search_far");
        this.people = files.get("finder/search_people");
    }

    /**
     * A full-text query and who asks it: notes make a match only for people whose notes the caller may read, so
     * a word found only in someone else's notes finds nobody.
     */
    record Asked(String query, Caller caller) {
        Map<String, Object> parameters() {
            Map<String, Object> params = Visibility.parameters(caller);
            params.put("query", query);
            return params;
        }
    }

    /** A matching person (element id, id) and the index's score. */
    record Found(String node, String id, double score) {}

    /** The matches among {@code placed} and the best score of any match but the asker. */
    record Near(double best, List<Found> found) {}

    Near near(TransactionContext tx, Asked query, String asker, Set<String> placed) {
        Map<String, Object> params = query.parameters();
        params.put("from", asker);
        params.put("placed", List.copyOf(placed));
        var row = Graph.run(tx, near, params).single();
        List<Found> found = new ArrayList<>();
        for (Value m : row.get("near").values()) {
            found.add(new Found(m.get("node").asString(), m.get("id").asString(), m.get("score").asDouble()));
        }
        return new Near(row.get("best").isNull() ? 0.0 : row.get("best").asDouble(), found);
    }

    /** Matches not yet placed one usable hop from {@code frontier}, each with whom in the frontier they touch. */
    Map<Found, List<String>> nextTo(TransactionContext tx, Asked query, Set<String> placed, List<String> frontier,
            HopFilter filter) {
        Map<String, Object> params = filter.parameters();
        params.putAll(query.parameters());
        params.put("placed", List.copyOf(placed));
        params.put("frontier", frontier);
        Map<Found, List<String>> found = new HashMap<>();
        Graph.run(tx, adjacent, params).forEachRemaining(row -> found.put(
                new Found(row.get("node").asString(), row.get("id").asString(), row.get("score").asDouble()),
                row.get("parents").asList(Value::asString)));
        return found;
    }

    /** Up to {@code limit} matches not in {@code exclude}, best score first then id, after the given key. */
    List<Found> far(TransactionContext tx, Asked query, List<String> exclude, Optional<SearchKey> after, int limit) {
        Map<String, Object> params = query.parameters();
        params.put("exclude", exclude);
        params.put("afterScore", after.map(SearchKey::score).orElse(null));
        params.put("afterId", after.map(SearchKey::id).orElse(null));
        params.put("limit", limit);
        return Graph.run(tx, far, params).list(row -> new Found(row.get("node").asString(), row.get("id").asString(),
                row.get("score").asDouble()));
    }

    Map<String, Person> persons(TransactionContext tx, List<String> nodes) {
        Map<String, Person> byNode = new HashMap<>();
        Graph.run(tx, people, Map.of("nodes", nodes)).forEachRemaining(row ->
                byNode.put(row.get("node").asString(), PeopleRepository.asPerson(row.get("p").asNode())));
        return byNode;
    }
}
