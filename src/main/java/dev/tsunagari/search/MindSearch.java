package dev.tsunagari.search;

import dev.tsunagari.auth.Caller;
import dev.tsunagari.finder.HopFilter;
import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.Page;
import dev.tsunagari.paths.PersonRef;
import dev.tsunagari.people.PeopleRepository;
import dev.tsunagari.privacy.Visibility;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Value;

/**
 * The 脳内検索: "I know someone like that". People matching the words, nearest to the asker first, in one call to
 * {@code tsunagari.search} inside Neo4j: it places the people within reach over the live tie index (and whom to
 * ask first), ranks the matches, leaves out private people the caller may not see and sends back one page.
 */
public final class MindSearch {
    /** Above this many people, the last level is met from the matches' side (the procedure's default). */
    static final int FULL_EXPAND_LIMIT = 1_000;
    private final Graph graph;
    private final int fullExpandLimit;
    private final Cypher search;

    public MindSearch(Graph graph, CypherFiles files) {
        this(graph, files, FULL_EXPAND_LIMIT);
    }

    MindSearch(Graph graph, CypherFiles files, int fullExpandLimit) {
        this.graph = graph;
        this.fullExpandLimit = fullExpandLimit;
        this.search = files.get("finder/search");
    }

    /** The request, checked at the edge; {@code query} is already a safe full-text query. */
    public record Query(String query, Optional<String> from, int maxDistance, HopFilter filter, int limit,
            Optional<SearchKey> after) {}

    private record Found(SearchHit hit, SearchKey key) {}

    /**
     * One page of hits as {@code caller} may see them: notes make a match only where the caller may read them,
     * private people hidden from the caller are left out; a {@code from} unknown or hidden from them is a 404.
     */
    public Page<SearchHit> search(Query q, Caller caller) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", q.from().orElse(null));
        params.put("options", options(q, caller));
        Optional<Page<Found>> answer = graph.read(tx -> Graph.run(tx, search, params).list(row -> new Page<>(
                row.get("hits").asList(MindSearch::found), row.get("more").asBoolean() ? "more" : null))
                .stream().findFirst());
        Page<Found> page = answer.orElseThrow(() -> ApiException.notFound("from: no person with id " + q.from().orElse("")));
        List<Found> found = page.items();
        String next = page.next() == null || found.isEmpty() ? null : found.get(found.size() - 1).key().cursor();
        return new Page<>(found.stream().map(Found::hit).toList(), next);
    }

    private Map<String, Object> options(Query q, Caller caller) {
        Map<String, Object> options = new HashMap<>(q.filter().parameters());
        options.put("query", q.query());
        options.put("maxDistance", q.maxDistance());
        options.put("limit", q.limit());
        q.after().ifPresent(k -> options.put("after", Map.of("distance", k.distance(), "score", k.score(), "id", k.id())));
        options.put("today", LocalDate.now(ZoneOffset.UTC).toString());
        options.put("caller", Visibility.parameters(caller));
        options.put("fullExpandLimit", fullExpandLimit);
        return options;
    }

    private static Found found(Value hit) {
        Integer distance = hit.get("distance").isNull() ? null : hit.get("distance").asInt();
        Value via = hit.get("via");
        SearchHit found = new SearchHit(PeopleRepository.asPerson(hit.get("person").asNode()), distance,
                via.isNull() ? null : new PersonRef(via.get("id").asString(),
                        via.get("name").isNull() ? null : via.get("name").asString()),
                hit.get("relevance").asDouble());
        return new Found(found, SearchKey.of(distance, hit.get("score").asDouble(), hit.get("id").asString()));
    }
}
