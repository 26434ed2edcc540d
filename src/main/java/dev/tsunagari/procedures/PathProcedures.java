package dev.tsunagari.procedures;

import dev.tsunagari.tiegraph.Explanations;
import dev.tsunagari.tiegraph.HopRule;
import dev.tsunagari.tiegraph.Hops;
import dev.tsunagari.tiegraph.IntermediaryAnswer;
import dev.tsunagari.tiegraph.Link;
import dev.tsunagari.tiegraph.PathRanking;
import dev.tsunagari.tiegraph.PathSearch;
import dev.tsunagari.tiegraph.Scoring;
import dev.tsunagari.tiegraph.TieGraph;
import dev.tsunagari.tiegraph.Viewer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Path;
import org.neo4j.graphdb.Transaction;
import org.neo4j.procedure.Context;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;

/** {@code tsunagari.paths}: the bridge paths between two people in one call, as paths Neo4j Browser draws. */
public final class PathProcedures {
    private static final Set<String> OPTIONS = Set.of("maxLength", "limit", "minStrength", "includeWeak", "today",
            "caller", "source");

    @Context
    public Transaction tx;

    @Context
    public GraphDatabaseService db;

    /**
     * One shortest path, best first: the {@code PATH} of the store's own nodes and relationships, its {@code length}
     * in hops, its {@code score}, and what {@code GET /api/paths} shows of it ({@code nodes}, {@code links}) plus its
     * {@code weakestLink}. Alone on its row, {@code notFound} names an end ("from" or "to") that is no person the
     * caller may see; the other columns are then null.
     */
    public static final class PathRow {
        public final Path path;
        public final Long length;
        public final Double score;
        public final List<Map<String, Object>> nodes;
        public final List<Map<String, Object>> links;
        public final Map<String, Object> weakestLink;
        public final String notFound;

        PathRow(Path path, long length, double score, List<Map<String, Object>> nodes,
                List<Map<String, Object>> links, Map<String, Object> weakestLink) {
            this.path = path;
            this.length = length;
            this.score = score;
            this.nodes = nodes;
            this.links = links;
            this.weakestLink = weakestLink;
            this.notFound = null;
        }

        private PathRow(String notFound) {
            this.path = null;
            this.length = null;
            this.score = null;
            this.nodes = null;
            this.links = null;
            this.weakestLink = null;
            this.notFound = notFound;
        }
    }

    @Procedure(name = "tsunagari.paths", mode = Mode.READ)
    @Description("Bridge paths: tsunagari.paths(from, to, {maxLength: 6, limit: 5, minStrength: 0.0, "
            + "includeWeak: false, today: date, caller: {seesAll, account, person}, source: 'auto'}) YIELD path, "
            + "length, score, nodes, links, weakestLink, notFound - up to limit of the shortest paths of usable hops "
            + "(at most maxLength), best score first, one row each with a PATH of the graph's own nodes and "
            + "relationships; no row when there is none; paths through people hidden from the caller are left out; "
            + "one row with only notFound ('from' or 'to') when that end is unknown or hidden from the caller.")
    public Stream<PathRow> paths(@Name("from") String from, @Name("to") String to,
            @Name(value = "options", defaultValue = "{}") Map<String, Object> options) {
        return Reread.of(() -> pathsOnce(from, to, options));
    }

    private Stream<PathRow> pathsOnce(String from, String to, Map<String, Object> options) {
        Options o = new Options(options, OPTIONS);
        int maxLength = o.integer("maxLength", PathSearch.DEFAULT_MAX_LENGTH, 1, PathSearch.MAX_LENGTH);
        int limit = o.integer("limit", PathSearch.DEFAULT_LIMIT, 1, PathSearch.MAX_LIMIT);
        HopRule rule = new HopRule(o.decimal("minStrength", 0.0, 0.0, 1.0), o.bool("includeWeak", false));
        Hops hops = new Hops(Sources.choose(o.text("source", "auto"), db, tx), rule, o.today());
        Viewer viewer = o.viewer();
        TieGraph graph = hops.graph();
        int start = seen(graph, viewer, from);
        if (start == TieGraph.NONE) {
            return Stream.of(new PathRow("from"));
        }
        int end = seen(graph, viewer, to);
        if (end == TieGraph.NONE) {
            return Stream.of(new PathRow("to"));
        }
        List<PathRanking.Route> routes = start == end
                ? List.of(new PathRanking.Route(new int[] {start}, new PathRanking.Hop[0], 1.0))
                : new PathSearch(hops).best(start, end, maxLength, limit);
        // Cut first, then left out: exactly what the route has always answered.
        return routes.stream()
                .filter(r -> Arrays.stream(r.people()).noneMatch(p -> viewer.hides(graph, p)))
                .map(r -> row(hops, r))
                .filter(Objects::nonNull);
    }

    /** The person with this id, unless unknown or hidden from the viewer. */
    private static int seen(TieGraph graph, Viewer viewer, String id) {
        int p = id == null ? TieGraph.NONE : graph.person(id);
        return p == TieGraph.NONE || viewer.hides(graph, p) ? TieGraph.NONE : p;
    }

    /** The row of one route; null when a tie on it is gone from this transaction's view (no path through it). */
    private PathRow row(Hops hops, PathRanking.Route route) {
        TieGraph graph = hops.graph();
        Path path = StoreTies.path(tx, graph, route);
        if (path == null) {
            return null;
        }
        List<Map<String, Object>> nodes = new ArrayList<>();
        path.nodes().forEach(node -> {
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("id", node.getProperty("id", null));
            shown.put("name", node.getProperty("name", null));
            nodes.add(shown);
        });
        List<Link> links = new ArrayList<>();
        for (PathRanking.Hop hop : route.hops()) {
            links.add(hops.link(hop.from(), hop.ties(), hop.entry(), Scoring.round(hop.score())));
        }
        Map<String, Object> weakest = links.isEmpty() ? null : IntermediaryAnswer.link(Explanations.weakest(links));
        return new PathRow(path, route.length(), Scoring.round(route.score()), nodes,
                links.stream().map(IntermediaryAnswer::link).toList(), weakest);
    }
}
