package dev.tsunagari.search;

import dev.tsunagari.auth.Caller;
import dev.tsunagari.finder.HopFilter;
import dev.tsunagari.tiegraph.Scoring;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.Page;
import dev.tsunagari.paths.UsableHops;
import dev.tsunagari.people.Person;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    private final KindIndex index;

    public MindSearch(Graph graph, CypherFiles files) {
        this(graph, files, FULL_EXPAND_LIMIT);
    }

    MindSearch(Graph graph, CypherFiles files, int fullExpandLimit) {
        this.graph = graph;
        this.fullExpandLimit = fullExpandLimit;
        this.hops = new UsableHops(files);
        this.index = new KindIndex(files);
    }

    /** The request, checked at the edge; {@code query} is already a safe full-text query. */
    public record Query(String query, Optional<String> from, int maxDistance, HopFilter filter, int limit,
            Optional<SearchKey> after) {}

    private record Ranked(String node, SearchKey key) {}

    /** One page of hits; {@code caller} decides whose notes may make a match (see {@link KindIndex}). */
    public Page<SearchHit> search(Query q, Caller caller) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        KindIndex.Asked asked = new KindIndex.Asked(q.query(), caller);
        return graph.read(tx -> {
            UsableHops.Origin asker = q.from().map(id -> Optional.ofNullable(hops.origins(tx, List.of(id), q.filter())
                    .get(id)).orElseThrow(() -> ApiException.notFound("from: no person with id " + id))).orElse(null);
            Neighbourhood reach = asker == null ? Neighbourhood.nobody()
                    : Neighbourhood.around(tx, hops, asker, q.maxDistance(), fullExpandLimit, q.filter(), today);

            KindIndex.Near near = index.near(tx, asked, asker == null ? null : asker.node(), reach.placed());
            List<Ranked> close = new ArrayList<>();
            near.found().forEach(f -> close.add(ranked(f, reach)));
            if (!reach.open().isEmpty()) {
                index.nextTo(tx, asked, reach.placed(), reach.open(), q.filter()).forEach((f, parents) -> {
                    reach.placeBeyondOpen(f.node(), parents);
                    close.add(ranked(f, reach));
                });
            }
            close.sort((a, b) -> SearchKey.ORDER.compare(a.key(), b.key()));

            // One more than the page, to know whether another page follows.
            List<Ranked> page = new ArrayList<>(close.stream()
                    .filter(r -> q.after().map(after -> SearchKey.ORDER.compare(r.key(), after) > 0).orElse(true))
                    .limit(q.limit() + 1).toList());
            if (page.size() <= q.limit()) {
                List<String> exclude = new ArrayList<>(close.stream().map(Ranked::node).toList());
                if (asker != null) {
                    exclude.add(asker.node());
                }
                index.far(tx, asked, exclude, q.after().filter(SearchKey::unplaced), q.limit() + 1 - page.size())
                        .forEach(f -> page.add(ranked(f, reach)));
            }
            List<Ranked> shown = page.subList(0, Math.min(q.limit(), page.size()));
            Map<String, Person> persons = index.persons(tx, shown.stream().map(Ranked::node).toList());
            List<SearchHit> hits = shown.stream().map(r -> new SearchHit(persons.get(r.node()),
                    reach.distance(r.node()), reach.via(r.node()), relevance(r.key().score(), near.best()))).toList();
            String next = page.size() > q.limit() ? shown.get(shown.size() - 1).key().cursor() : null;
            return new Page<>(hits, next);
        });
    }

    private static Ranked ranked(KindIndex.Found found, Neighbourhood reach) {
        return new Ranked(found.node(), SearchKey.of(reach.distance(found.node()), found.score(), found.id()));
    }

    /** The index's score against the best match of the query, 0..1. */
    private static double relevance(double score, double best) {
        return Scoring.round(best > 0 ? Math.min(1.0, score / best) : 0.0);
    }
}
