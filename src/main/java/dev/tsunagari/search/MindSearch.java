package dev.tsunagari.search;

import dev.tsunagari.finder.HopFilter;
import dev.tsunagari.finder.Scoring;
import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.Page;
import dev.tsunagari.paths.UsableHops;
import dev.tsunagari.people.PeopleRepository;
import dev.tsunagari.people.Person;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * The 脳内検索: "I know someone like that". People matching the words, nearest to the asker first, in one read
 * transaction: a bounded search from {@code from} places the people within reach (and whom to ask first), the
 * full-text index is asked only for the matches among them, the rest come from the index a page at a time, best
 * first, and only the page shown is read in full. No statement sends back every match of a common word.
 */
public final class MindSearch {
    /** Above this many people, the last level is met from the matches' side (see {@link Neighbourhood}). */
    static final int FULL_EXPAND_LIMIT = 1_000;
    private final Graph graph;
    private final int fullExpandLimit;
    private final UsableHops hops;
    private final Cypher near;
    private final Cypher adjacent;
    private final Cypher far;
    private final Cypher people;

    public MindSearch(Graph graph, CypherFiles files) {
        this(graph, files, FULL_EXPAND_LIMIT);
    }

    MindSearch(Graph graph, CypherFiles files, int fullExpandLimit) {
        this.graph = graph;
        this.fullExpandLimit = fullExpandLimit;
        this.hops = new UsableHops(files);
        this.near = files.get("finder/search_near");
        this.adjacent = files.get("finder/search_adjacent");
        this.far = files.get("finder/search_far");
        this.people = files.get("finder/search_people");
    }

    /** The request, checked at the edge; {@code query} is already a safe full-text query. */
    public record Query(String query, Optional<String> from, int maxDistance, HopFilter filter, int limit,
            Optional<SearchKey> after) {}

    private record Match(String node, SearchKey key) {}

    public Page<SearchHit> search(Query q) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return graph.read(tx -> {
            UsableHops.Origin asker = q.from().map(id -> Optional.ofNullable(hops.origins(tx, List.of(id), q.filter())
                    .get(id)).orElseThrow(() -> ApiException.notFound("from: no person with id " + id))).orElse(null);
            Neighbourhood reach = asker == null ? Neighbourhood.nobody()
                    : Neighbourhood.around(tx, hops, asker, q.maxDistance(), fullExpandLimit, q.filter(), today);

            Map<String, Object> params = new HashMap<>(Map.of("query", q.query(), "placed", List.copyOf(reach.placed())));
            params.put("from", asker == null ? null : asker.node());
            var nearRow = Graph.run(tx, near, params).single();
            double best = nearRow.get("best").isNull() ? 0.0 : nearRow.get("best").asDouble();
            List<Match> close = new ArrayList<>();
            for (Value m : nearRow.get("near").values()) {
                close.add(match(m.get("node").asString(), m.get("id").asString(), m.get("score").asDouble(), reach));
            }
            if (!reach.open().isEmpty()) {
                close.addAll(beyondOpenFrontier(tx, q, reach));
            }
            close.sort((a, b) -> SearchKey.ORDER.compare(a.key(), b.key()));

            List<Match> page = new ArrayList<>();
            for (Match m : close) {
                if (page.size() <= q.limit() && q.after().map(after -> SearchKey.ORDER.compare(m.key(), after) > 0).orElse(true)) {
                    page.add(m);
                }
            }
            if (page.size() <= q.limit()) {
                List<String> exclude = new ArrayList<>(close.stream().map(Match::node).toList());
                if (asker != null) {
                    exclude.add(asker.node());
                }
                page.addAll(farther(tx, q, exclude, q.limit() + 1 - page.size()));
            }
            List<Match> shown = page.subList(0, Math.min(q.limit(), page.size()));
            Map<String, Person> persons = persons(tx, shown.stream().map(Match::node).toList());
            List<SearchHit> hits = shown.stream().map(m -> new SearchHit(persons.get(m.node()),
                    reach.distance(m.node()), reach.via(m.node()),
                    Scoring.round(best > 0 ? Math.min(1.0, m.key().score() / best) : 0.0))).toList();
            String next = page.size() > q.limit() ? shown.get(shown.size() - 1).key().cursor() : null;
            return new Page<>(hits, next);
        });
    }

    private static Match match(String node, String id, double score, Neighbourhood reach) {
        return new Match(node, SearchKey.of(reach.distance(node), score, id));
    }

    /** Matches one hop past a frontier too large to list everyone beyond it, found from the matches' side. */
    private List<Match> beyondOpenFrontier(TransactionContext tx, Query q, Neighbourhood reach) {
        Map<String, Object> params = q.filter().parameters();
        params.put("query", q.query());
        params.put("placed", List.copyOf(reach.placed()));
        params.put("frontier", reach.open());
        List<Match> found = new ArrayList<>();
        Graph.run(tx, adjacent, params).forEachRemaining(row -> {
            String node = row.get("node").asString();
            reach.placeBeyondOpen(node, row.get("parents").asList(Value::asString));
            found.add(match(node, row.get("id").asString(), row.get("score").asDouble(), reach));
        });
        return found;
    }

    /** The best matches beyond reach (or all, without an asker), after the cursor when it points among them. */
    private List<Match> farther(TransactionContext tx, Query q, List<String> exclude, int limit) {
        Optional<SearchKey> after = q.after().filter(SearchKey::unplaced);
        Map<String, Object> params = new HashMap<>();
        params.put("query", q.query());
        params.put("exclude", exclude);
        params.put("afterScore", after.map(SearchKey::score).orElse(null));
        params.put("afterId", after.map(SearchKey::id).orElse(null));
        params.put("limit", limit);
        return Graph.run(tx, far, params).list(row -> new Match(row.get("node").asString(),
                SearchKey.of(null, row.get("score").asDouble(), row.get("id").asString())));
    }

    private Map<String, Person> persons(TransactionContext tx, List<String> nodes) {
        Map<String, Person> byNode = new HashMap<>();
        Graph.run(tx, people, Map.of("nodes", nodes)).forEachRemaining(row ->
                byNode.put(row.get("node").asString(), PeopleRepository.asPerson(row.get("p").asNode())));
        return byNode;
    }
}
