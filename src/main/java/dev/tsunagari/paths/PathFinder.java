package dev.tsunagari.paths;

import dev.tsunagari.finder.HopFilter;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.http.ApiException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bridge paths between two people (LDBC IC13 semantics, ranked): finds the graph of every shortest usable path
 * with a bounded bidirectional search, reads the ties and names along it only, and ranks the paths by score.
 * Everything happens in one read transaction, so a path never mixes two states of the graph.
 */
public final class PathFinder {
    private final Graph graph;
    private final UsableHops hops;
    private final MeetInTheMiddle search;

    public PathFinder(Graph graph, CypherFiles files) {
        this.graph = graph;
        this.hops = new UsableHops(files);
        this.search = new MeetInTheMiddle(hops);
    }

    /** The request, checked at the edge. */
    public record Query(String from, String to, int maxLength, int limit, HopFilter filter) {}

    public PathsAnswer find(Query q) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return graph.read(tx -> {
            Map<String, String> nodes = hops.nodesOf(tx, List.of(q.from(), q.to()));
            String start = known(nodes, "from", q.from());
            String end = known(nodes, "to", q.to());
            if (start.equals(end)) {
                PersonRef self = hops.people(tx, List.of(start)).get(start);
                return new PathsAnswer(0, List.of(new BridgePath(List.of(self), List.of(), 1.0)));
            }
            Optional<ShortestPathGraph> found = search.search(tx, start, end, q.maxLength(), q.filter());
            if (found.isEmpty()) {
                return PathsAnswer.none();
            }
            ShortestPathGraph paths = found.get();
            List<HopTie> ties = hops.ties(tx, paths.hops(), q.filter());
            Map<String, PersonRef> people = hops.people(tx, paths.people());
            return new PathsAnswer(paths.length(), BestPaths.rank(paths, ties, people, q.limit(), today));
        });
    }

    private static String known(Map<String, String> nodes, String field, String id) {
        String node = nodes.get(id);
        if (node == null) {
            throw ApiException.notFound(field + ": no person with id " + id);
        }
        return node;
    }
}
