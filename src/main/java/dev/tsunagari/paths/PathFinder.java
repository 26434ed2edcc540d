package dev.tsunagari.paths;

import dev.tsunagari.finder.HopFilter;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.http.ApiException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
        this(graph, new UsableHops(files));
    }

    public PathFinder(Graph graph, UsableHops hops) {
        this.graph = graph;
        this.hops = hops;
        this.search = new MeetInTheMiddle(hops);
    }

    /** The request, checked at the edge. */
    public record Query(String from, String to, int maxLength, int limit, HopFilter filter) {}

    public PathsAnswer find(Query q) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return graph.read(tx -> {
            Map<String, UsableHops.Origin> origins =
                    hops.origins(tx, new LinkedHashSet<>(List.of(q.from(), q.to())), q.filter());
            UsableHops.Origin start = known(origins, "from", q.from());
            UsableHops.Origin end = known(origins, "to", q.to());
            if (start.equals(end)) {
                return new PathsAnswer(0, List.of(new BridgePath(List.of(start.person()), List.of(), 1.0)));
            }
            Optional<ShortestPathGraph> found = search.search(tx, start, end, q.maxLength(), q.filter());
            if (found.isEmpty()) {
                return PathsAnswer.none();
            }
            ShortestPathGraph paths = found.get();
            List<HopTie> ties = hops.ties(tx, paths.hops(), q.filter());
            Map<String, PersonRef> people = new HashMap<>();
            for (HopTie tie : ties) {
                people.put(tie.u(), tie.uPerson());
                people.put(tie.v(), tie.vPerson());
            }
            return new PathsAnswer(paths.length(), BestPaths.rank(paths, ties, people, q.limit(), today));
        });
    }

    private static UsableHops.Origin known(Map<String, UsableHops.Origin> origins, String field, String id) {
        UsableHops.Origin origin = origins.get(id);
        if (origin == null) {
            throw ApiException.notFound(field + ": no person with id " + id);
        }
        return origin;
    }
}
