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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.neo4j.driver.TransactionContext;

/**
 * The 脳内検索: "I know someone like that". Every person matching the words, placed by distance from the one who
 * asks, in one read transaction: the full-text index gives the matches, a bounded search from {@code from} tells
 * how near each is and through whom, and only the page shown is read in full.
 */
public final class MindSearch {
    private final Graph graph;
    private final UsableHops hops;
    private final Cypher matches;
    private final Cypher people;

    public MindSearch(Graph graph, CypherFiles files) {
        this.graph = graph;
        this.hops = new UsableHops(files);
        this.matches = files.get("finder/search_matches");
        this.people = files.get("finder/search_people");
    }

    /** The request, checked at the edge; {@code query} is already a safe full-text query. */
    public record Query(String query, Optional<String> from, int maxDistance, HopFilter filter, int limit,
            Optional<SearchKey> after) {}

    private record Match(String node, String id, double score) {}

    public Page<SearchHit> search(Query q) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return graph.read(tx -> {
            String start = q.from().map(id -> Optional.ofNullable(hops.nodesOf(tx, List.of(id)).get(id))
                    .orElseThrow(() -> ApiException.notFound("from: no person with id " + id))).orElse(null);
            List<Match> found = Graph.run(tx, matches, Map.of("query", q.query())).list(row -> new Match(
                    row.get("node").asString(), row.get("id").asString(), row.get("score").asDouble()));
            List<Match> candidates = found.stream().filter(m -> !m.node().equals(start)).toList();
            Set<String> sought = new HashSet<>();
            candidates.forEach(m -> sought.add(m.node()));
            Neighbourhood near = start == null ? Neighbourhood.empty()
                    : Neighbourhood.around(tx, hops, start, q.maxDistance(), sought, q.filter(), today);
            double best = found.stream().mapToDouble(Match::score).max().orElse(1.0);

            Map<SearchKey, Match> ranked = new TreeMap<>(SearchKey.ORDER);
            for (Match m : candidates) {
                SearchKey key = SearchKey.of(near.distance(m.node()), m.score(), m.id());
                if (q.after().isEmpty() || SearchKey.ORDER.compare(key, q.after().get()) > 0) {
                    ranked.put(key, m);
                }
            }
            List<Map.Entry<SearchKey, Match>> page = ranked.entrySet().stream().limit(q.limit()).toList();
            Map<String, Person> shown = persons(tx, page.stream().map(e -> e.getValue().node()).toList());
            List<SearchHit> hits = page.stream().map(e -> new SearchHit(
                    shown.get(e.getValue().node()),
                    near.distance(e.getValue().node()),
                    near.via(e.getValue().node()),
                    Scoring.round(best > 0 ? e.getValue().score() / best : 0.0))).toList();
            String next = ranked.size() > q.limit() ? page.get(page.size() - 1).getKey().cursor() : null;
            return new Page<>(hits, next);
        });
    }

    private Map<String, Person> persons(TransactionContext tx, List<String> nodes) {
        Map<String, Person> byNode = new HashMap<>();
        Graph.run(tx, people, Map.of("nodes", nodes)).forEachRemaining(row ->
                byNode.put(row.get("node").asString(), PeopleRepository.asPerson(row.get("p").asNode())));
        return byNode;
    }
}
