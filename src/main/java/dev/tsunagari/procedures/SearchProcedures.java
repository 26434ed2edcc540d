package dev.tsunagari.procedures;

import dev.tsunagari.tiegraph.Distances;
import dev.tsunagari.tiegraph.HopRule;
import dev.tsunagari.tiegraph.Hops;
import dev.tsunagari.tiegraph.SearchAnswer;
import dev.tsunagari.tiegraph.Targets;
import dev.tsunagari.tiegraph.TieGraph;
import dev.tsunagari.tiegraph.Viewer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.procedure.Context;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;

/** {@code tsunagari.search}: the 脳内検索, "I know someone like that", in one call. */
public final class SearchProcedures {
    static final int FULL_EXPAND_LIMIT = 1_000;
    private static final Set<String> OPTIONS = Set.of("query", "maxDistance", "minStrength", "includeWeak", "limit",
            "after", "today", "caller", "source", "fullExpandLimit");

    @Context
    public Transaction tx;

    /** For the full-text hits only ({@link Matches}): the reason these procedures are unrestricted. */
    @Context
    public KernelTransaction ktx;

    @Context
    public GraphDatabaseService db;

    /** The one row: the page of hits and whether another page follows. */
    public static final class PageRow {
        public final List<Map<String, Object>> hits;
        public final boolean more;

        PageRow(List<Map<String, Object>> hits, boolean more) {
            this.hits = hits;
            this.more = more;
        }
    }

    @Procedure(name = "tsunagari.search", mode = Mode.READ)
    @Description("The 脳内検索: tsunagari.search(from or null, {query: 'lucene query', maxDistance: 2, "
            + "minStrength: 0.0, includeWeak: false, limit: 20, after: {distance, score, id}, today: date, "
            + "caller: {seesAll, account, person}}) YIELD hits, more - the people matching the query (never from), "
            + "each as {person: node, id, distance (usable hops, null beyond maxDistance or without from), via: "
            + "{id, name} (the first hop of the best shortest path), relevance 0..1, score}, nearest first, then by "
            + "score, then id, one page after the key; private people hidden from the caller left out. No row when "
            + "from is unknown or hidden from the caller.")
    public Stream<PageRow> search(@Name("from") String from,
            @Name(value = "options", defaultValue = "{}") Map<String, Object> options) {
        return Reread.of(() -> searchOnce(from, options));
    }

    private Stream<PageRow> searchOnce(String from, Map<String, Object> options) {
        Options o = new Options(options, OPTIONS);
        String query = o.text("query", null);
        if (query == null) {
            throw new IllegalArgumentException("give option 'query' (a full-text query)");
        }
        int maxDistance = o.integer("maxDistance", 2, 1, 3);
        HopRule rule = new HopRule(o.decimal("minStrength", 0.0, 0.0, 1.0), o.bool("includeWeak", false));
        int limit = o.integer("limit", 20, 1, 1000);
        int fullExpandLimit = o.integer("fullExpandLimit", FULL_EXPAND_LIMIT, 0, Integer.MAX_VALUE);
        SearchAnswer.Key after = after(o.map("after"));
        Viewer viewer = o.viewer();
        TieGraph graph = Sources.choose(o.text("source", "auto"), db, tx);
        Hops hops = new Hops(graph, rule, o.today());

        int asker = TieGraph.NONE;
        if (from != null) {
            asker = graph.person(from);
            if (asker == TieGraph.NONE || viewer.hides(graph, asker)) {
                return Stream.empty();
            }
        }
        Matches matches = Matches.of(ktx, graph, query, viewer);
        Distances distances = asker == TieGraph.NONE ? Distances.none(hops)
                : Distances.around(hops, asker, maxDistance, Targets.listed(matches.people()), fullExpandLimit);
        SearchAnswer.Page page = SearchAnswer.page(graph, asker, matches.people(), matches.scores(), distances,
                viewer, after, limit);
        return Stream.of(new PageRow(hits(graph, page), page.more()));
    }

    private static SearchAnswer.Key after(Map<String, Object> after) {
        if (after == null) {
            return null;
        }
        if (!(after.get("distance") instanceof Number d) || !(after.get("score") instanceof Number s)
                || !(after.get("id") instanceof String id)) {
            throw new IllegalArgumentException("option 'after' must be a map {distance, score, id}");
        }
        return new SearchAnswer.Key(d.intValue(), s.doubleValue(), id);
    }

    private List<Map<String, Object>> hits(TieGraph graph, SearchAnswer.Page page) {
        PeopleProperties read = new PeopleProperties(tx, graph);
        Map<Integer, Map<String, Object>> vias = new HashMap<>();
        List<Map<String, Object>> out = new ArrayList<>();
        for (SearchAnswer.Hit h : page.hits()) {
            Map<String, Object> hit = new LinkedHashMap<>();
            Node person = People.node(tx, graph, h.person());
            if (person == null) {
                // Deleted while the search read it (reads see each commit as it lands): not there any more.
                continue;
            }
            hit.put("person", person);
            hit.put("id", h.key().id());
            hit.put("distance", h.distance() < 0 ? null : (long) h.distance());
            hit.put("via", h.via() == TieGraph.NONE ? null : vias.computeIfAbsent(h.via(), read::ref));
            hit.put("relevance", h.relevance());
            hit.put("score", h.key().score());
            out.add(hit);
        }
        return out;
    }
}
